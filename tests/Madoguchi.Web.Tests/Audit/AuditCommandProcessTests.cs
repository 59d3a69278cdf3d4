using System.Diagnostics;

using Madoguchi.Web.Tests.Support;

namespace Madoguchi.Web.Tests.Audit;

/// <summary>`Madoguchi.Web audit verify` as a real process, as cron runs it: no server, the exit code says it all.</summary>
public sealed class AuditCommandProcessTests
{
    [Fact]
    public async Task The_published_program_verifies_without_serving_and_exits_non_zero_on_tampering()
    {
        using var app = new MadoguchiApp();
        await app.RecordAsync(3);

        var (intact, output) = await VerifyAsync(app);
        await app.DropAuditTriggersAsync();
        await app.SqlAsync("""DELETE FROM "AuditEntries" WHERE "Sequence" = 2""");
        var (broken, brokenOutput) = await VerifyAsync(app);

        Assert.True(intact == 0, output);
        Assert.Contains("監査ログは正常です", output, StringComparison.Ordinal);
        Assert.True(broken == 1, brokenOutput);
        Assert.Contains("entry 2 is missing", brokenOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", output + brokenOutput, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output)> VerifyAsync(MadoguchiApp app)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        string[] arguments =
        [
            Path.Combine(AppContext.BaseDirectory, "Madoguchi.Web.dll"), "audit", "verify",
            "--DataDirectory", app.DataDirectory, "--Database:Provider", app.Database.Provider,
            .. app.Database.ConnectionString is { } connection ? ["--ConnectionStrings:Madoguchi", connection] : Array.Empty<string>(),
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
