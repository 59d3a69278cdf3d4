using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Madoguchi.Core.Submissions.Receipts;

/// <summary>
/// Turns an application's sequence number into its 受付番号 and back. The eight payload characters
/// are a keyed permutation of the sequence number (a ten-round Feistel network over two 20-bit
/// halves, AES-256 as the round function, like NIST FF1), so numbers still look random and one
/// receipt tells nothing about another without the installation's key; but what is stored and
/// indexed is the sequence number, which grows, so a new application adds to the end of its index
/// instead of dirtying a random page of it (half of the bytes each submission wrote,
/// docs/benchmarks.md). The key must never change: it is created once per installation and shared
/// by every node through the database, like the access-code key.
/// </summary>
public sealed class ReceiptNumbers : IDisposable
{
    /// <summary>Eight base-32 characters: 2^40 numbers.</summary>
    public const long Capacity = 1L << 40;

    private const int HalfBits = 20;
    private const int HalfMask = (1 << HalfBits) - 1;
    private const int Rounds = 10;

    // One AES transform per thread: a transform is not safe to share, and making one per number would cost more than the number.
    private readonly ThreadLocal<RoundFunction> rounds;

    public ReceiptNumbers(byte[] key)
    {
        if (key.Length != 32)
        {
            throw new ArgumentException("The receipt-number key is 32 bytes.", nameof(key));
        }
        var copy = (byte[])key.Clone();
        rounds = new ThreadLocal<RoundFunction>(() => new RoundFunction(copy));
    }

    /// <summary>The 受付番号 of <paramref name="sequence"/> (0 ≤ sequence &lt; <see cref="Capacity"/>), formatted as "K7Q-4MX-93P".</summary>
    public string For(long sequence)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sequence);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(sequence, Capacity);
        var value = Permute(sequence);
        Span<char> chars = stackalloc char[ReceiptNumber.PayloadLength + 1];
        for (var i = ReceiptNumber.PayloadLength - 1; i >= 0; i--)
        {
            chars[i] = ReceiptNumber.Alphabet[(int)(value & 31)];
            value >>= 5;
        }
        chars[ReceiptNumber.PayloadLength] = ReceiptNumber.CheckCharacter(chars[..ReceiptNumber.PayloadLength]);
        return ReceiptNumber.Format(chars);
    }

    /// <summary>The sequence number of a 受付番号 as <see cref="ReceiptNumber.TryParse"/> gives it; -1 (no application) for anything else.</summary>
    public long SequenceOf(string receiptNumber)
    {
        if (!ReceiptNumber.TryParse(receiptNumber, out var parsed) || parsed != receiptNumber)
        {
            return -1;
        }
        long value = 0;
        foreach (var c in parsed.AsSpan(0, parsed.Length - 1))
        {
            if (c != '-')
            {
                value = (value << 5) | (long)ReceiptNumber.Alphabet.IndexOf(c, StringComparison.Ordinal);
            }
        }
        return Unpermute(value);
    }

    private long Permute(long value)
    {
        var f = rounds.Value!;
        int left = (int)(value >> HalfBits), right = (int)(value & HalfMask);
        for (var round = 0; round < Rounds; round++)
        {
            (left, right) = (right, left ^ f.Of(round, right));
        }
        return ((long)left << HalfBits) | (uint)right;
    }

    private long Unpermute(long value)
    {
        var f = rounds.Value!;
        int left = (int)(value >> HalfBits), right = (int)(value & HalfMask);
        for (var round = Rounds - 1; round >= 0; round--)
        {
            (left, right) = (right ^ f.Of(round, left), left);
        }
        return ((long)left << HalfBits) | (uint)right;
    }

    public void Dispose() => rounds.Dispose();

    /// <summary>F(round, half): 20 bits of AES-256 of the round number and the half.</summary>
    private sealed class RoundFunction
    {
        private readonly ICryptoTransform aes;
        private readonly byte[] input = new byte[16];
        private readonly byte[] output = new byte[16];

        public RoundFunction(byte[] key)
        {
            using var algorithm = Aes.Create();
            algorithm.Key = key;
            // ECB is right here: each call encrypts one independent block, the input of one Feistel round.
            algorithm.Mode = CipherMode.ECB;
            algorithm.Padding = PaddingMode.None;
            aes = algorithm.CreateEncryptor();
        }

        public int Of(int round, int half)
        {
            input[0] = (byte)round;
            BinaryPrimitives.WriteInt32LittleEndian(input.AsSpan(1), half);
            aes.TransformBlock(input, 0, input.Length, output, 0);
            return BinaryPrimitives.ReadInt32LittleEndian(output) & HalfMask;
        }
    }
}
