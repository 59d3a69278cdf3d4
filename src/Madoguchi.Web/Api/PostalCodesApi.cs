using Madoguchi.Japanese.Postal;

namespace Madoguchi.Web.Api;

/// <summary>
/// 郵便番号 → 住所 candidates from Japan Post's data shipped inside Madoguchi (nothing is fetched
/// at run time). The address field fills itself from this with JavaScript.
/// </summary>
internal static class PostalCodesApi
{
    public static void MapPostalCodesApi(this RouteGroupBuilder api) =>
        api.MapGet("/postal-codes/{code}", Lookup).WithName("LookupPostalCode");

    private static IResult Lookup(string code)
    {
        var normalized = PostalCodes.Normalize(code);
        if (!normalized.IsValid)
        {
            return ApiProblems.Problem(StatusCodes.Status400BadRequest, "Invalid postal code.", normalized.Error!.Ja);
        }
        var candidates = PostalCodeIndex.Lookup(normalized.Value);
        if (candidates.Count == 0)
        {
            return ApiProblems.Problem(StatusCodes.Status404NotFound, "Unknown postal code.",
                $"郵便番号 {PostalCodes.Format(normalized.Value!)} は見つかりません。");
        }
        return TypedResults.Ok(new PostalLookup(
            PostalCodes.Format(normalized.Value!),
            PostalCodeIndex.DataVersion,
            [.. candidates.Select(a => new PostalCandidate(a.Prefecture, a.City, a.Town, a.CityKana, a.TownKana, a.IsBusiness, a.BusinessName, a.BusinessStreet))]));
    }
}

internal sealed record PostalLookup(string PostalCode, string DataVersion, IReadOnlyList<PostalCandidate> Addresses);

internal sealed record PostalCandidate(
    string Prefecture, string City, string Town, string CityKana, string TownKana,
    bool IsBusiness, string? BusinessName, string? BusinessStreet);
