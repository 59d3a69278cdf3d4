using System.Globalization;

namespace Madoguchi.Japanese.Tests.Calendar;

/// <summary>
/// The Cabinet Office's syukujitsu.csv (1955 onwards) as shipped by the npm package japanese-public-holidays,
/// installed by `npm ci` in tests/Madoguchi.Japanese.Tests/holidays-data.
/// </summary>
internal static class OfficialHolidayList
{
    public static IReadOnlyList<(DateOnly Date, string Name)> Load()
    {
        string path = Path.Combine(FindDataFolder(), "node_modules", "japanese-public-holidays", "index.tsv");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Holiday oracle missing: run `npm ci` in {FindDataFolder()}.", path);
        }

        return File.ReadAllLines(path)
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split('\t'))
            .Select(f => (DateOnly.ParseExact(f[0], "yyyy-MM-dd", CultureInfo.InvariantCulture), f[1]))
            .ToArray();
    }

    private static string FindDataFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "holidays-data");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/Madoguchi.Japanese.Tests/holidays-data not found above " + AppContext.BaseDirectory);
    }
}
