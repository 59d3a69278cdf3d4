using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Madoguchi.Bench.Engine;

/// <summary>
/// Few iterations so a whole run takes a couple of minutes on a shared 2-core machine. In-process,
/// because the default toolchain generates and restores a separate project, which fights the
/// repository's locked central package management and costs a minute of build per run.
/// </summary>
public sealed class ShortConfig : ManualConfig
{
    public ShortConfig(bool full)
    {
        AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithWarmupCount(full ? 10 : 4)
            .WithIterationCount(full ? 30 : 12)
            .WithId(full ? "Full" : "Short"));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Median, StatisticColumn.P95);
        AddColumnProvider(DefaultColumnProviders.Instance);
        AddExporter(MarkdownExporter.GitHub);
        AddLogger(BenchmarkDotNet.Loggers.ConsoleLogger.Default);
    }
}
