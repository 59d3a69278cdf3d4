namespace Madoguchi.Forms.Definitions;

/// <summary>A string shown to people: Japanese is required, English optional (falls back to Japanese).</summary>
public sealed record LocalizedText(string Ja, string? En = null)
{
    public string Get(string language) =>
        string.Equals(language, "en", StringComparison.Ordinal) && !string.IsNullOrEmpty(En) ? En : Ja;

    public override string ToString() => Ja;
}
