using Madoguchi.Forms.Definitions;

namespace Madoguchi.Forms.Fields;

internal static class Choices
{
    public static bool IsListed(FormComponent c, string value)
    {
        foreach (var choice in c.Choices)
        {
            if (string.Equals(choice.Value, value, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    public static LocalizedText NotListed(FormComponent c) =>
        Messages.Of($"{Messages.Ja(c)}は選択肢の中から選んでください", $"Choose {Messages.En(c)} from the options");
}
