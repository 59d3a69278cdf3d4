using Madoguchi.Forms.Definitions;
using Madoguchi.Japanese;

namespace Madoguchi.Forms.Fields;

/// <summary>
/// A Madoguchi.Japanese message shown at a form field: the field's label first, so the resident knows
/// where to look, then the library's detail, which names the wrong character and its position.
/// </summary>
internal static class Detail
{
    public static LocalizedText At(FormComponent c, Message detail) =>
        new($"{Messages.Ja(c)}：{detail.Ja}", $"{Messages.En(c)}: {detail.En}");
}
