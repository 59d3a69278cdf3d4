namespace Madoguchi.Japanese.Phone;

/// <summary>
/// Lengths of 市外局番 (area codes, with the leading 0) from 総務省's 電気通信番号指定状況 for the 0AB–J numbering plan.
/// The longest listed prefix wins. The table lists the 2- and 3-digit codes with the 4-digit codes that share their
/// first digits, and the 5-digit codes of the Izu and Ogasawara islands; any other prefix falls back to a 4-digit
/// area code, the most common length. Only the hyphen positions depend on this; the digits are always kept.
/// </summary>
internal static class AreaCodes
{
    private const int Fallback = 4;

    private static readonly Dictionary<string, int> Lengths = Build();

    public static int LengthFor(string digits)
    {
        for (int length = 5; length >= 2; length--)
        {
            if (Lengths.TryGetValue(digits[..length], out int areaLength))
            {
                return areaLength;
            }
        }

        return Fallback;
    }

    private static Dictionary<string, int> Build()
    {
        var table = new Dictionary<string, int>(StringComparer.Ordinal) { ["03"] = 2, ["06"] = 2 };

        // Each 3-digit code, then the 4-digit codes under it (written as their 4th digit).
        (string Code, string FourDigitUnder)[] threeDigit =
        [
            ("011", ""), ("017", "2345689"), ("018", "234567"), ("019", "1234578"),
            ("022", "0345689"), ("023", "34578"), ("024", "01234678"), ("025", "0456789"), ("026", "013456789"),
            ("027", "046789"), ("028", "02345789"), ("029", "1345679"),
            ("042", "28"), ("043", "689"), ("044", ""), ("045", ""), ("046", "03567"), ("047", "05689"),
            ("048", "0"), ("049", "345"),
            ("052", ""), ("053", "1236789"), ("054", "4578"), ("055", "01345678"), ("058", "14567"), ("059", "456789"),
            ("072", "15"), ("073", "56789"), ("075", ""), ("076", "135678"), ("077", "01234689"), ("078", ""),
            ("079", "01456789"),
            ("082", "034679"), ("083", "345678"), ("084", "5678"), ("086", "356789"), ("087", "579"), ("088", "034579"),
            ("089", "2345678"),
            ("092", "0"), ("093", "0"), ("095", "05679"), ("096", "456789"), ("097", "23479"), ("098", "0234567"),
            ("099", "34567"),
        ];
        foreach ((string code, string under) in threeDigit)
        {
            table[code] = 3;
            foreach (char d in under.Where(char.IsAsciiDigit))
            {
                table[code + d] = 4;
            }
        }

        foreach (string island in new[] { "04992", "04994", "04996", "04998" })
        {
            table[island] = 5;
        }

        return table;
    }
}
