using System.Globalization;
using System.Text;

namespace Madoguchi.Core.Cases.Exports.Csv;

/// <summary>A character Shift_JIS cannot hold: in which application (受付番号) and column it stands.</summary>
public sealed record UnmappableCharacter(string ReceiptNumber, string Column, string Character)
{
    /// <summary>e.g. "U+845B U+E0100": the only unambiguous way to name a character a font may not show.</summary>
    public string CodePoints
    {
        get
        {
            var text = new StringBuilder();
            foreach (var rune in Character.EnumerateRunes())
            {
                text.Append(text.Length > 0 ? " " : "").Append("U+").Append(rune.Value.ToString("X4", CultureInfo.InvariantCulture));
            }
            return text.ToString();
        }
    }
}
