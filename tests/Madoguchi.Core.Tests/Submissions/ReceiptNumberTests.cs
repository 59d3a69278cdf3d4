using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

using Madoguchi.Core.Submissions.Receipts;

namespace Madoguchi.Core.Tests.Submissions;

public sealed class ReceiptNumberTests
{
    private static readonly ReceiptNumbers Numbers = new([.. Enumerable.Range(1, 32).Select(i => (byte)i)]);

    private static string NewNumber() => Numbers.For(Random.Shared.NextInt64(ReceiptNumbers.Capacity));

    [Fact]
    public void A_new_number_reads_back_as_itself()
    {
        for (var i = 0; i < 1000; i++)
        {
            var number = NewNumber();
            Assert.Matches("^[0-9A-HJKMNP-TV-Z]{3}-[0-9A-HJKMNP-TV-Z]{3}-[0-9A-HJKMNP-TV-Z]{3}$", number);
            Assert.True(ReceiptNumber.TryParse(number, out var parsed));
            Assert.Equal(number, parsed);
        }
    }

    [Fact]
    public void Consecutive_sequence_numbers_give_numbers_that_look_unrelated()
    {
        var numbers = Enumerable.Range(1_000_000, 100_000).Select(i => Numbers.For(i)).ToList();
        Assert.Equal(numbers.Count, numbers.Distinct(StringComparer.Ordinal).Count());
        foreach (var position in new[] { 0, 1, 4, 8 })
        {
            Assert.Equal(32, numbers.Select(n => n[position]).Distinct().Count());
        }
        // Neighbours share about 8/32 of their eight payload characters by chance, not a prefix.
        var shared = numbers.Zip(numbers.Skip(1), (a, b) => a.Zip(b).Take(11).Count(p => p.First == p.Second && p.First != '-')).Average();
        Assert.InRange(shared, 0.0, 1.0);
    }

    [Fact]
    public void A_number_leads_back_to_its_sequence_number()
    {
        long[] edges = [0, 1, 2, (1 << 20) - 1, 1 << 20, ReceiptNumbers.Capacity - 2, ReceiptNumbers.Capacity - 1];
        foreach (var sequence in edges.Concat(Enumerable.Range(0, 10_000).Select(_ => Random.Shared.NextInt64(ReceiptNumbers.Capacity))))
        {
            var number = Numbers.For(sequence);
            Assert.True(ReceiptNumber.TryParse(number, out var parsed));
            Assert.Equal(number, parsed);
            Assert.Equal(sequence, Numbers.SequenceOf(number));
        }
    }

    [Fact]
    public void Another_installation_numbers_the_same_sequence_differently()
    {
        using var other = new ReceiptNumbers(new byte[32]);
        var differ = Enumerable.Range(1, 1000).Count(i => other.For(i) != Numbers.For(i));
        Assert.True(differ > 990, $"{differ} of 1000 differ");
        Assert.NotEqual(17, other.SequenceOf(Numbers.For(17)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("k7q-4mx-93p")]
    [InlineData("ABC-DEF-GHU")]
    [InlineData("'; DROP TABLE Applications;--")]
    public void Anything_but_a_number_as_read_has_no_sequence_number(string input) =>
        Assert.Equal(-1, Numbers.SequenceOf(input));

    [Fact]
    public void Sequence_numbers_outside_forty_bits_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Numbers.For(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Numbers.For(ReceiptNumbers.Capacity));
    }

    [Fact]
    public void The_key_must_be_32_bytes() =>
        Assert.Throws<ArgumentException>(() => new ReceiptNumbers(new byte[16]));

    [Fact]
    public void People_may_type_it_in_any_case_width_or_spacing()
    {
        var number = NewNumber();
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
        var number = NewNumber();
        var withLetters = number.Replace('0', 'O').Replace('1', 'I');
        Assert.True(ReceiptNumber.TryParse(withLetters, out var parsed));
        Assert.Equal(number, parsed);
    }

    [Property(MaxTest = 500)]
    public Property Any_single_wrong_character_is_caught(PositiveInt seed, PositiveInt position, PositiveInt replacement)
    {
        var number = NewNumber().Replace("-", "", StringComparison.Ordinal);
        var i = position.Get % number.Length;
        var c = ReceiptNumber.Alphabet[replacement.Get % ReceiptNumber.Alphabet.Length];
        var typo = number[..i] + c + number[(i + 1)..];
        return (typo == number || !ReceiptNumber.TryParse(typo, out _)).Label($"{number} → {typo} (seed {seed.Get})");
    }

    [Property(MaxTest = 500)]
    public Property Swapping_two_different_neighbours_is_caught(PositiveInt position)
    {
        var number = NewNumber().Replace("-", "", StringComparison.Ordinal);
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
        var a = NewNumber();
        var b = NewNumber();

        Assert.True(codes.IsValidCode(a, codes.CodeFor(a)));
        Assert.True(codes.IsValidCode(a, codes.CodeFor(a).ToLowerInvariant().Replace("-", "", StringComparison.Ordinal)));
        Assert.False(codes.IsValidCode(b, codes.CodeFor(a)));
        Assert.False(other.IsValidCode(a, codes.CodeFor(a)));
        Assert.True(codes.IsValidToken(a, codes.TokenFor(a)));
        Assert.False(codes.IsValidToken(a, null));
        Assert.False(codes.IsValidToken(b, codes.TokenFor(a)));
    }
}
