using Madoguchi.Bench.Load;

LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

var started = DateTimeOffset.UtcNow;
var data = Path.Combine(Path.GetTempPath(), "madoguchi-bench-" + Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(data);
try
{
    var fsyncBefore = FsyncProbe.Measure(data);
    using var server = await ServerProcess.StartAsync(options.ServerDll, data);
    Scenario[] scenarios = [.. options.Scenarios.Select<string, Scenario>(name => name switch
    {
        "echo" => new EchoScenario(),
        "submit" => new SubmitScenario(),
        _ => new DraftPageScenario(),
    })];
    Console.Error.WriteLine($"Server process {server.Id} at {server.BaseAddress}");
    foreach (var scenario in scenarios)
    {
        await scenario.PrepareAsync(server.BaseAddress);
    }
    // Tiered JIT and PGO settle only after thousands of calls; on two shared cores that takes tens of
    // seconds. Every scenario runs once unmeasured first, so the first table row is not a JIT measurement.
    foreach (var scenario in scenarios)
    {
        var warm = await LoadRun.RunAsync(server, scenario, 64, TimeSpan.Zero, options.ProcessWarmup);
        Console.Error.WriteLine($"warm-up: {scenario.Name}: {warm.RequestsPerSecond:0} req/s");
    }
    var measurements = new List<Measurement>();
    foreach (var concurrency in options.Concurrencies)
    {
        var runs = scenarios.ToDictionary(s => s, _ => new List<RunResult>());
        // Rounds interleave the scenarios, so each baseline run sits next to the runs it is compared with.
        for (var round = 1; round <= options.Repeats; round++)
        {
            foreach (var scenario in scenarios)
            {
                var result = await LoadRun.RunAsync(server, scenario, concurrency, options.Warmup, options.Duration);
                runs[scenario].Add(result);
                Console.Error.WriteLine($"{concurrency,4} conn, round {round}: {scenario.Name}: {result.RequestsPerSecond:0} req/s, p50 {result.P50Ms:0.0} ms, p99 {result.P99Ms:0.0} ms, server CPU {result.ServerCpuMsPerRequest:0.00} ms/req, {result.Errors} errors");
            }
        }
        measurements.AddRange(scenarios.Select(s => new Measurement(concurrency, s, runs[s])));
    }
    // Measured again at the end: on a shared virtual disk fsync latency moves with the neighbours' load.
    var fsyncAfter = FsyncProbe.Measure(data);
    var report = Report.Markdown(options, started, MachineInfo.Describe(data), [fsyncBefore, fsyncAfter], measurements);
    Console.WriteLine(report);
    Directory.CreateDirectory(Path.GetDirectoryName(options.OutputFile)!);
    await File.WriteAllTextAsync(options.OutputFile, report);
    Console.Error.WriteLine($"Written to {options.OutputFile}");
    return measurements.Any(m => m.Errors > 0) ? 1 : 0;
}
finally
{
    try
    {
        Directory.Delete(data, recursive: true);
    }
    catch (IOException)
    {
        // The server may hold the database a moment after it is killed; the temp directory is cleaned by the OS.
    }
}
