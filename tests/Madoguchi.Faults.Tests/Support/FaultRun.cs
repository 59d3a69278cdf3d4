using System.Globalization;

namespace Madoguchi.Faults.Tests.Support;

/// <summary>
/// How long a fault run is. The CI run (test.sh) is short; bench/faults/run.sh sets the variables
/// for the full run documented in docs/benchmarks.md. A seed makes a run's random moments repeatable.
/// </summary>
public static class FaultRun
{
    /// <summary>MADOGUCHI_FAULTS_KILLS: SIGKILLs per crash test (3 in CI, 10 or more in the full run).</summary>
    public static int Kills { get; } = Read("MADOGUCHI_FAULTS_KILLS", 3);

    /// <summary>MADOGUCHI_FAULTS_CLIENTS: resident clients submitting at once during the crash and restart tests.</summary>
    public static int Clients { get; } = Read("MADOGUCHI_FAULTS_CLIENTS", 16);

    /// <summary>MADOGUCHI_FAULTS_SEED: the seed of the random kill moments (printed by each test).</summary>
    public static int Seed { get; } = Read("MADOGUCHI_FAULTS_SEED", Random.Shared.Next(1, int.MaxValue));

    private static int Read(string variable, int fallback)
    {
        var text = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new InvalidOperationException($"{variable} must be a positive whole number, not '{text}'.");
    }
}
