using System.Collections.Frozen;
using System.Globalization;

namespace Madoguchi.Core.Cases.Exports.Pdf;

/// <summary>
/// Japanese line breaking (JIS X 4051, simplified): a line may break between kanji, or between a
/// kanji and kana, but not inside a run of hiragana, of katakana (マイナンバーカード) or of Latin
/// letters and digits (a word, 受付番号, an e-mail address), never before 。、」）ー or a small kana
/// (行頭禁則), never after 「（ (行末禁則), and spaces stay at the end of the line they follow. Only a
/// word wider than the whole line is cut.
/// </summary>
public static class LineBreaker
{
    private enum Kind { Ideographic, Hiragana, Katakana, Word, Space }

    /// <summary>
    /// Splits one paragraph (no line feeds) of clusters (text elements) into lines no wider than
    /// <paramref name="maxWidth"/>; returns each line's first cluster index and cluster count.
    /// </summary>
    public static List<(int Start, int Count)> Lines(IReadOnlyList<string> clusters, Func<int, double> width, double maxWidth)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        var used = 0.0;
        var i = 0;
        while (i < clusters.Count)
        {
            // The unbreakable segment starting at i: up to the next break opportunity.
            var end = i + 1;
            while (end < clusters.Count && !CanBreakBetween(clusters[end - 1], clusters[end]))
            {
                end++;
            }
            var segment = 0.0;
            var visible = 0.0;
            for (var k = i; k < end; k++)
            {
                segment += width(k);
                if (Classify(clusters[k]) != Kind.Space)
                {
                    visible = segment;
                }
            }
            if (used + visible <= maxWidth)
            {
                used += segment;
                i = end;
                continue;
            }
            if (i > start)
            {
                lines.Add((start, i - start));
                start = i;
                used = 0;
                continue;
            }
            // A single word wider than the line: cut it where it overflows (at least one cluster per
            // line), one character earlier if the cut would start a line with 。 or end one with 「.
            var cut = i;
            var w = 0.0;
            while (cut < end && (cut == i || w + width(cut) <= maxWidth))
            {
                w += width(cut);
                cut++;
            }
            if (cut < end && cut - i > 1 && (NoStart(First(clusters[cut])) || NoEnd(First(clusters[cut - 1]))))
            {
                cut--;
            }
            lines.Add((start, cut - start));
            start = cut;
            i = cut;
            used = 0;
        }
        if (start < clusters.Count || lines.Count == 0)
        {
            lines.Add((start, clusters.Count - start));
        }
        return lines;
    }

    /// <summary>The text elements of a paragraph: a base character with its variation selector or combining marks stays whole.</summary>
    public static List<string> Clusters(string paragraph)
    {
        var clusters = new List<string>();
        var e = StringInfo.GetTextElementEnumerator(paragraph);
        while (e.MoveNext())
        {
            clusters.Add(e.GetTextElement());
        }
        return clusters;
    }

    public static bool CanBreakBetween(string before, string after)
    {
        var a = First(before);
        var b = First(after);
        if (NoEnd(a) || NoStart(b))
        {
            return false;
        }
        var ka = Classify(before);
        var kb = Classify(after);
        return kb != Kind.Space && (ka == Kind.Space || ka != kb || ka == Kind.Ideographic);
    }

    private static int First(string cluster) => cluster.Length == 0 ? 0 : char.ConvertToUtf32(cluster, 0);

    private static Kind Classify(string cluster)
    {
        var c = First(cluster);
        return c switch
        {
            ' ' or '\u3000' or '\t' => Kind.Space,
            >= 0x21 and <= 0x7E => Kind.Word,
            >= 0xFF10 and <= 0xFF19 or >= 0xFF21 and <= 0xFF3A or >= 0xFF41 and <= 0xFF5A => Kind.Word,
            >= 0xC0 and <= 0x24F => Kind.Word,
            >= 0x3041 and <= 0x309F => Kind.Hiragana,
            >= 0x30A0 and <= 0x30FF or >= 0x31F0 and <= 0x31FF or >= 0xFF66 and <= 0xFF9F => Kind.Katakana,
            _ => Kind.Ideographic,
        };
    }

    /// <summary>行頭禁則: closing brackets, punctuation, small kana, the long-vowel and iteration marks.</summary>
    private static readonly FrozenSet<int> NoStartCharacters = Set(
        "、。，．・：；？！‼⁇⁈⁉）〕］｝〉》」』】〙〗〟｠”’»ヽヾゝゞ々〻ーぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ゠–‐〜～｡｣､･ｰｧｨｩｪｫｬｭｮｯ),.:;!?]}%");

    /// <summary>行末禁則: opening brackets.</summary>
    private static readonly FrozenSet<int> NoEndCharacters = Set("（〔［｛〈《「『【〘〖〝｟“‘«｢([{");

    private static bool NoStart(int c) => NoStartCharacters.Contains(c);

    private static bool NoEnd(int c) => NoEndCharacters.Contains(c);

    private static FrozenSet<int> Set(string characters) => characters.EnumerateRunes().Select(r => r.Value).ToFrozenSet();
}
