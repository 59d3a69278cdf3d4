using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

using Madoguchi.Core.Submissions.Receipts;

namespace Madoguchi.Core.Tests.Submissions;

public sealed class ReceiptNumberTests
{
    [Fact]
    public void A_new_number_reads_back_as_itself()
    {
        for (var i = 0; i < 1000; i++)
        {
            var number = ReceiptNumber.NewNumber();
            Assert.Matches("^[0-9A-HJKMNP-TV-Z]{3}-[0-9A-HJKMNP-TV-Z]{3}-[0-9A-HJKMNP-TV-Z]{3}$", number);
            Assert.True(ReceiptNumber.TryParse(number, out var parsed));
            Assert.Equal(number, parsed);
        }
    }

    [Fact]
    public void Numbers_are_random_not_sequential()
    {
        var numbers = Enumerable.Range(0, 10_000).Select(_ => ReceiptNumber.NewNumber()).ToList();
        Assert.Equal(numbers.Count, numbers.Distinct(StringComparer.Ordinal).Count());
        Assert.True(numbers.Select(n => n[0]).Distinct().Count() > 20, "first characters should spread over the alphabet");
    }

    [Fact]
    public void People_may_type_it_in_any_case_width_or_spacing()
    {
        var number = ReceiptNumber.NewNumber();
        var compact = number.Replace("-", "", StringComparison.Ordinal);
        string[] typed =
        [
            compact.ToLowerInvariant(),
            new string([.. number.Select(c => c == '-' ? '－' : (char)(c + 0xFEE0))]),
            " " + number.Replace('-', ' ') + " ",
            number.Replace('-', 'ー'),
        ];
        foreach (var variant in typed)
        {
            Assert.True(ReceiptNumber.TryParse(variant, out var parsed), variant);
            Assert.Equal(number, parsed);
        }
    }

    [Fact]
    public void Letters_that_look_like_digits_are_read_as_digits()
    {
        var number = ReceiptNumber.NewNumber();
        var withLetters = number.Replace('0', 'O').Replace('1', 'I');
        Assert.True(ReceiptNumber.TryParse(withLetters, out var parsed));
        Assert.Equal(number, parsed);
    }

    [Property(MaxTest = 500)]
    public Property Any_single_wrong_character_is_caught(PositiveInt seed, PositiveInt position, PositiveInt replacement)
    {
        var number = ReceiptNumber.NewNumber().Replace("-", "", StringComparison.Ordinal);
        var i = position.Get % number.Length;
        var c = ReceiptNumber.Alphabet[replacement.Get % ReceiptNumber.Alphabet.Length];
        var typo = number[..i] + c + number[(i + 1)..];
        return (typo == number || !ReceiptNumber.TryParse(typo, out _)).Label($"{number} → {typo} (seed {seed.Get})");
    }

    [Property(MaxTest = 500)]
    public Property Swapping_two_different_neighbours_is_caught(PositiveInt position)
    {
        var number = ReceiptNumber.NewNumber().Replace("-", "", StringComparison.Ordinal);
        var i = position.Get % (number.Length - 1);
        if (number[i] == number[i + 1])
        {
            return true.ToProperty();
        }
        var swapped = number[..i] + number[i + 1] + number[i] + number[(i + 2)..];
        // Luhn mod N misses only the swap of the two code points whose doubled values wrap alike (0 ↔ N-1).
        var missable = (number[i], number[i + 1]) is ('0', 'Z') or ('Z', '0');
        return (missable || !ReceiptNumber.TryParse(swapped, out _)).Label($"{number} → {swapped}");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ABC")]
    [InlineData("ABC-DEF-GHJ-KMN")]
    [InlineData("'; DROP TABLE Applications;--")]
    [InlineData("ABC-DEF-GHU")]
    public void Anything_else_is_not_a_receipt_number(string? input) =>
        Assert.False(ReceiptNumber.TryParse(input, out _));

    [Fact]
    public void Access_codes_belong_to_one_receipt_and_one_installation()
    {
        var codes = new AccessCodes(new byte[32]);
        var other = new AccessCodes([.. Enumerable.Repeat((byte)7, 32)]);
        var a = ReceiptNumber.NewNumber();
        var b = ReceiptNumber.NewNumber();

        Assert.True(codes.IsValidCode(a, codes.CodeFor(a)));
        Assert.True(codes.IsValidCode(a, codes.CodeFor(a).ToLowerInvariant().Replace("-", "", StringComparison.Ordinal)));
        Assert.False(codes.IsValidCode(b, codes.CodeFor(a)));
        Assert.False(other.IsValidCode(a, codes.CodeFor(a)));
        Assert.True(codes.IsValidToken(a, codes.TokenFor(a)));
        Assert.False(codes.IsValidToken(a, null));
        Assert.False(codes.IsValidToken(b, codes.TokenFor(a)));
    }
}
