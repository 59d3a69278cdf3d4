namespace Madoguchi.Web.Resident;

/// <summary>
/// How answers are named in HTML: "copies", "applicant.familyKana", "items[1].size" — the same
/// paths the engine uses for errors, so an error links straight to its input.
/// </summary>
internal static class FieldNames
{
    public static string Child(string prefix, string key) => prefix.Length == 0 ? key : $"{prefix}.{key}";

    public static string Item(string groupPath, int index) => $"{groupPath}[{index}]";

    public static string Id(string path) =>
        "f-" + path.Replace('.', '-').Replace('[', '-').Replace("]", "", StringComparison.Ordinal);

    /// <summary>The parts of composite types, in the order they are asked.</summary>
    public static IReadOnlyList<string> Parts(string type) => type switch
    {
        "personName" => ["family", "given", "familyKana", "givenKana"],
        "address" => ["postalCode", "prefecture", "city", "street", "building"],
        "bankAccount" => ["bankCode", "branchCode", "accountType", "accountNumber", "holderKana"],
        _ => [],
    };
}
