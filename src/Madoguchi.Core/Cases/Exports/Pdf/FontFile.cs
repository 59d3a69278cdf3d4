using System.Buffers.Binary;

namespace Madoguchi.Core.Cases.Exports.Pdf;

/// <summary>
/// What the layout needs from a TrueType/OpenType font file, read from its tables: which glyph a
/// character maps to (cmap formats 4 and 12), which glyph a variation sequence maps to (cmap format
/// 14, e.g. 葛 U+845B + U+E0100), and how wide each glyph is (hmtx). Only these tables are read, so
/// the 46 MB IPAmj明朝 costs a few megabytes, once.
/// </summary>
public sealed class FontFile
{
    private readonly ushort[] bmp = new ushort[0x10000];
    private readonly (int Start, int End, int Glyph)[] supplementary;
    private readonly Dictionary<int, VariationSelector> selectors;
    private readonly ushort[] advances;

    private FontFile(string path, Dictionary<string, byte[]> tables)
    {
        Path = path;
        var head = tables["head"];
        UnitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(head.AsSpan(18));
        var hhea = tables["hhea"];
        Ascender = BinaryPrimitives.ReadInt16BigEndian(hhea.AsSpan(4));
        Descender = BinaryPrimitives.ReadInt16BigEndian(hhea.AsSpan(6));
        var metrics = BinaryPrimitives.ReadUInt16BigEndian(hhea.AsSpan(34));
        var hmtx = tables["hmtx"];
        advances = new ushort[metrics];
        for (var i = 0; i < metrics; i++)
        {
            advances[i] = BinaryPrimitives.ReadUInt16BigEndian(hmtx.AsSpan(i * 4));
        }
        (supplementary, selectors) = ReadCmap(tables["cmap"], bmp);
    }

    public string Path { get; }
    public int UnitsPerEm { get; }
    public int Ascender { get; }
    public int Descender { get; }

    public static FontFile Load(string path)
    {
        try
        {
            return Read(path);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or IndexOutOfRangeException or KeyNotFoundException or OverflowException)
        {
            throw new InvalidDataException($"{path} is not a TrueType font that can be read.", e);
        }
    }

    private static FontFile Read(string path)
    {
        using var file = File.OpenRead(path);
        var header = Read(file, 0, 12);
        var count = BinaryPrimitives.ReadUInt16BigEndian(header.AsSpan(4));
        var directory = Read(file, 12, count * 16);
        var tables = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var entry = directory.AsSpan(i * 16, 16);
            var tag = System.Text.Encoding.ASCII.GetString(entry[..4]);
            if (tag is "cmap" or "head" or "hhea" or "hmtx")
            {
                tables[tag] = Read(file, BinaryPrimitives.ReadUInt32BigEndian(entry[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(entry[12..]));
            }
        }
        foreach (var required in (string[])["cmap", "head", "hhea", "hmtx"])
        {
            if (!tables.ContainsKey(required))
            {
                throw new InvalidDataException($"{path} has no '{required}' table; it is not a usable TrueType font.");
            }
        }
        return new FontFile(path, tables);
    }

    /// <summary>The glyph for a code point; 0 (.notdef) when the font does not have it.</summary>
    public ushort Glyph(int codePoint)
    {
        if (codePoint is >= 0 and <= 0xFFFF)
        {
            return bmp[codePoint];
        }
        int low = 0, high = supplementary.Length - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            var (start, end, glyph) = supplementary[mid];
            if (codePoint < start)
            {
                high = mid - 1;
            }
            else if (codePoint > end)
            {
                low = mid + 1;
            }
            else
            {
                return (ushort)(glyph + (codePoint - start));
            }
        }
        return 0;
    }

    /// <summary>
    /// The glyph of a variation sequence (Unicode IVS/SVS, cmap format 14), or null when the font does
    /// not list the sequence. A "default" sequence is the base character's usual glyph.
    /// </summary>
    public ushort? VariantGlyph(int baseCodePoint, int selector)
    {
        if (!selectors.TryGetValue(selector, out var s))
        {
            return null;
        }
        if (s.NonDefault.TryGetValue(baseCodePoint, out var glyph))
        {
            return glyph;
        }
        foreach (var (start, end) in s.Default)
        {
            if (baseCodePoint >= start && baseCodePoint <= end)
            {
                var usual = Glyph(baseCodePoint);
                return usual == 0 ? null : usual;
            }
        }
        return null;
    }

    /// <summary>Advance width of a glyph in font units (glyphs past the last metric share its width, as the spec says).</summary>
    public int Advance(ushort glyph) => advances.Length == 0 ? 0 : advances[Math.Min(glyph, advances.Length - 1)];

    private static byte[] Read(FileStream file, long offset, int length)
    {
        if (length < 0 || offset + length > file.Length)
        {
            throw new InvalidDataException($"{file.Name} is truncated or not a font.");
        }
        var bytes = new byte[length];
        file.Position = offset;
        file.ReadExactly(bytes);
        return bytes;
    }

    private sealed record VariationSelector((int Start, int End)[] Default, Dictionary<int, ushort> NonDefault);

    private static ((int, int, int)[], Dictionary<int, VariationSelector>) ReadCmap(byte[] cmap, ushort[] bmp)
    {
        var span = cmap.AsSpan();
        var count = BinaryPrimitives.ReadUInt16BigEndian(span[2..]);
        int format4 = -1, format12 = -1, format14 = -1;
        for (var i = 0; i < count; i++)
        {
            var platform = BinaryPrimitives.ReadUInt16BigEndian(span[(4 + (i * 8))..]);
            var encoding = BinaryPrimitives.ReadUInt16BigEndian(span[(6 + (i * 8))..]);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(span[(8 + (i * 8))..]);
            var format = BinaryPrimitives.ReadUInt16BigEndian(span[offset..]);
            var unicode = platform == 0 || (platform == 3 && encoding is 1 or 10);
            if (format == 4 && unicode && format4 < 0)
            {
                format4 = offset;
            }
            else if (format == 12 && unicode && format12 < 0)
            {
                format12 = offset;
            }
            else if (format == 14 && platform == 0 && encoding == 5)
            {
                format14 = offset;
            }
        }
        var supplementary = new List<(int, int, int)>();
        if (format12 >= 0)
        {
            ReadFormat12(span[format12..], bmp, supplementary);
        }
        else if (format4 >= 0)
        {
            ReadFormat4(span[format4..], bmp);
        }
        return ([.. supplementary], format14 >= 0 ? ReadFormat14(span[format14..]) : []);
    }

    private static void ReadFormat4(ReadOnlySpan<byte> table, ushort[] bmp)
    {
        var segments = BinaryPrimitives.ReadUInt16BigEndian(table[6..]) / 2;
        var ends = 14;
        var starts = ends + (segments * 2) + 2;
        var deltas = starts + (segments * 2);
        var rangeOffsets = deltas + (segments * 2);
        for (var s = 0; s < segments; s++)
        {
            int end = BinaryPrimitives.ReadUInt16BigEndian(table[(ends + (s * 2))..]);
            int start = BinaryPrimitives.ReadUInt16BigEndian(table[(starts + (s * 2))..]);
            var delta = BinaryPrimitives.ReadInt16BigEndian(table[(deltas + (s * 2))..]);
            int rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(table[(rangeOffsets + (s * 2))..]);
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    // The offset counts from the idRangeOffset entry itself (OpenType cmap format 4).
                    var at = rangeOffsets + (s * 2) + rangeOffset + ((c - start) * 2);
                    glyph = at + 2 <= table.Length ? BinaryPrimitives.ReadUInt16BigEndian(table[at..]) : 0;
                    glyph = glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
                }
                bmp[c] = (ushort)glyph;
            }
        }
    }

    private static void ReadFormat12(ReadOnlySpan<byte> table, ushort[] bmp, List<(int, int, int)> supplementary)
    {
        var groups = (int)BinaryPrimitives.ReadUInt32BigEndian(table[12..]);
        for (var g = 0; g < groups; g++)
        {
            var group = table.Slice(16 + (g * 12), 12);
            var start = (int)BinaryPrimitives.ReadUInt32BigEndian(group);
            var end = (int)BinaryPrimitives.ReadUInt32BigEndian(group[4..]);
            var glyph = (int)BinaryPrimitives.ReadUInt32BigEndian(group[8..]);
            for (var c = start; c <= Math.Min(end, 0xFFFF); c++)
            {
                bmp[c] = (ushort)(glyph + (c - start));
            }
            if (end > 0xFFFF)
            {
                var from = Math.Max(start, 0x10000);
                supplementary.Add((from, end, glyph + (from - start)));
            }
        }
    }

    private static Dictionary<int, VariationSelector> ReadFormat14(ReadOnlySpan<byte> table)
    {
        var result = new Dictionary<int, VariationSelector>();
        var records = (int)BinaryPrimitives.ReadUInt32BigEndian(table[6..]);
        for (var r = 0; r < records; r++)
        {
            var record = table.Slice(10 + (r * 11), 11);
            var selector = Uint24(record);
            var defaultOffset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[3..]);
            var nonDefaultOffset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[7..]);
            var ranges = new List<(int, int)>();
            if (defaultOffset != 0)
            {
                var n = (int)BinaryPrimitives.ReadUInt32BigEndian(table[defaultOffset..]);
                for (var i = 0; i < n; i++)
                {
                    var range = table.Slice(defaultOffset + 4 + (i * 4), 4);
                    var start = Uint24(range);
                    ranges.Add((start, start + range[3]));
                }
            }
            var mappings = new Dictionary<int, ushort>();
            if (nonDefaultOffset != 0)
            {
                var n = (int)BinaryPrimitives.ReadUInt32BigEndian(table[nonDefaultOffset..]);
                for (var i = 0; i < n; i++)
                {
                    var mapping = table.Slice(nonDefaultOffset + 4 + (i * 5), 5);
                    mappings[Uint24(mapping)] = BinaryPrimitives.ReadUInt16BigEndian(mapping[3..]);
                }
            }
            result[selector] = new VariationSelector([.. ranges], mappings);
        }
        return result;
    }

    private static int Uint24(ReadOnlySpan<byte> b) => (b[0] << 16) | (b[1] << 8) | b[2];
}
