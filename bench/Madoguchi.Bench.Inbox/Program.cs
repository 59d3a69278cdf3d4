using System.Globalization;

using Madoguchi.Bench.Inbox;

// The staff inbox over many cases (issue 6): seeds N applications in bulk, then times ListInbox.
// Usage: Madoguchi.Bench.Inbox --provider sqlite|postgres [--postgres "Host=...;Username=..."] [--cases 1000000] [--runs 200]
var options = args.Chunk(2).Where(p => p.Length == 2).ToDictionary(p => p[0].TrimStart('-'), p => p[1], StringComparer.Ordinal);
var provider = options.GetValueOrDefault("provider", "sqlite");
var cases = int.Parse(options.GetValueOrDefault("cases", "1000000"), CultureInfo.InvariantCulture);
var runs = int.Parse(options.GetValueOrDefault("runs", "200"), CultureInfo.InvariantCulture);
if (provider is not ("sqlite" or "postgres") || cases is < 1000 or > 5_000_000 || runs is < 10 or > 10_000
    || (provider == "postgres" && !options.ContainsKey("postgres")))
{
    Console.Error.WriteLine("Usage: Madoguchi.Bench.Inbox --provider sqlite|postgres [--postgres <server connection string>] [--cases 1000–5000000] [--runs 10–10000]");
    return 2;
}

await using var database = await InboxDatabase.CreateAsync(provider, options.GetValueOrDefault("postgres"));
var seeded = await database.SeedAsync(cases);
Console.WriteLine(seeded);
Console.WriteLine(await InboxTimings.RunAsync(database, runs));
return 0;
