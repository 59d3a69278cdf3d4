namespace Madoguchi.Japanese.Postal;

/// <summary>
/// One candidate address for a postal code. Kana are full-width katakana (Japan Post ships half-width).
/// An empty <see cref="Town"/> means the code covers the whole city (以下に掲載がない場合) or several towns.
/// For 事業所 (business) codes <see cref="BusinessName"/> and <see cref="BusinessStreet"/> are set.
/// </summary>
public sealed record PostalAddress(
    string PostalCode,
    string Prefecture,
    string City,
    string Town,
    string CityKana,
    string TownKana,
    bool IsBusiness,
    string? BusinessName,
    string? BusinessStreet);
