using System.Text.RegularExpressions;

namespace Madoguchi.Forms.Definitions.Parsing;

internal static partial class KeyRules
{
    /// <summary>Keys become JSON property names, HTML names and CSV headers: keep them plain.</summary>
    [GeneratedRegex("^[a-z][A-Za-z0-9]{0,63}$", RegexOptions.CultureInvariant, 100)]
    public static partial Regex Pattern();

    public static bool Check(string? key, string path, ParseContext context)
    {
        if (key is null)
        {
            return false;
        }
        if (Pattern().IsMatch(key))
        {
            return true;
        }
        context.Error(path, "invalid_key", $"\"{key}\" is not a valid key: start with a-z, then letters and digits (at most 64).");
        return false;
    }

    /// <summary>Records a duplicate_key problem when key was already used in this scope.</summary>
    public static void Unique(string key, string path, HashSet<string> seen, ParseContext context)
    {
        if (!seen.Add(key))
        {
            context.Error(path, "duplicate_key", $"The key \"{key}\" is used twice in the same scope.");
        }
    }
}
