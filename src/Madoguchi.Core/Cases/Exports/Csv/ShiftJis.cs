using System.Globalization;
using System.Text;

namespace Madoguchi.Core.Cases.Exports.Csv;

/// <summary>
/// Shift_JIS as Windows and Excel use it (code page 932, Windows-31J: JIS X 0208 plus the NEC and IBM
/// extensions such as ① and 髙). Strict both ways: no best-fit mapping, so a character the code page
/// cannot hold (𠮷, 葛󠄀, emoji, U+301C 〜 which CP932 spells U+FF5E ～) is found and reported, never
/// silently swapped for a look-alike or a question mark.
/// </summary>
public sealed class ShiftJis
{
    /// <summary>〓 (geta mark), the customary stand-in for a character that cannot be printed; CP932 0x81AC.</summary>
    public const string Replacement = "〓";

    private readonly FlagFallback fallback = new();
    private readonly Encoding encoding;
    private static readonly Encoding Strict =
        CodePagesEncodingProvider.Instance.GetEncoding(932, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!;

    public ShiftJis() =>
        encoding = CodePagesEncodingProvider.Instance.GetEncoding(932, fallback, DecoderFallback.ReplacementFallback)!;

    /// <summary>The characters (text elements, so 葛 + its selector is one) of <paramref name="text"/> that Shift_JIS cannot hold.</summary>
    public IEnumerable<string> Unmappable(string text)
    {
        if (Holds(text))
        {
            yield break;
        }
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            if (!Holds(element))
            {
                yield return element;
            }
        }
    }

    /// <summary><paramref name="text"/> with each character Shift_JIS cannot hold replaced by 〓.</summary>
    public string ReplaceUnmappable(string text)
    {
        if (Holds(text))
        {
            return text;
        }
        var result = new StringBuilder(text.Length);
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            result.Append(Holds(element) ? element : Replacement);
        }
        return result.ToString();
    }

    /// <summary>Encodes text already checked or replaced; anything unmappable left over is a bug and throws.</summary>
    public static byte[] Encode(string text) => Strict.GetBytes(text);

    public static string Decode(byte[] bytes) => Strict.GetString(bytes);

    /// <summary>Whether the text survives the trip to Shift_JIS and back unchanged.</summary>
    private bool Holds(string text)
    {
        fallback.Hit = false;
        var bytes = encoding.GetBytes(text);
        return !fallback.Hit && string.Equals(encoding.GetString(bytes), text, StringComparison.Ordinal);
    }

    /// <summary>Notes that a character had no mapping instead of substituting one (and without the cost of an exception).</summary>
    private sealed class FlagFallback : EncoderFallback
    {
        public bool Hit { get; set; }

        public override int MaxCharCount => 0;

        public override EncoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

        private sealed class Buffer(FlagFallback owner) : EncoderFallbackBuffer
        {
            public override int Remaining => 0;

            public override bool Fallback(char charUnknown, int index)
            {
                owner.Hit = true;
                return false;
            }

            public override bool Fallback(char charUnknownHigh, char charUnknownLow, int index)
            {
                owner.Hit = true;
                return false;
            }

            public override char GetNextChar() => '\0';

            public override bool MovePrevious() => false;
        }
    }
}
