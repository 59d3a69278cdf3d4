using Madoguchi.Core.Audit;
using Madoguchi.Data.Sqlite;
using Madoguchi.Web.Audit;
using Madoguchi.Web.Tests.Support;

using Microsoft.Extensions.DependencyInjection;

namespace Madoguchi.Web.Tests.Audit;

/// <summary>`audit verify` as an operator runs it, against the app's configured database.</summary>
public sealed class AuditCommandTests
{
    [Fact]
    public async Task Verify_exits_zero_on_an_intact_log_and_prints_an_anchor_that_verifies_later()
    {
        using var app = new MadoguchiApp();
        await app.RecordAsync(3);

        var (code, output) = await RunAsync(app, "audit", "verify");
        var anchor = output.Split('\n').Single(l => l.StartsWith("照合値", StringComparison.Ordinal)).Split(' ')[^1].Trim();
        await app.RecordAsync(2);
        // Configuration options on the command line (as the host reads them) are not the command's business.
        var (later, _) = await RunAsync(app, "audit", "verify", "--expect", anchor, "--DataDirectory", app.DataDirectory, "--Logging:LogLevel:Default=Warning");

        Assert.Equal(0, code);
        Assert.Contains("監査ログは正常です", output, StringComparison.Ordinal);
        Assert.Equal(0, later);
    }

    [Fact]
    public async Task Verify_exits_one_and_names_the_first_broken_entry()
    {
        using var app = new MadoguchiApp();
        await app.RecordAsync(5);
        await app.DropAuditTriggersAsync();
        await app.SqlAsync("""UPDATE "AuditEntries" SET "Target" = 'elsewhere' WHERE "Sequence" = 2""");

        var (code, output) = await RunAsync(app, "audit", "verify");

        Assert.Equal(1, code);
        Assert.Contains("第 2 件", output, StringComparison.Ordinal);
        Assert.Contains("entry 2 does not match its hash", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_anchor_from_another_history_fails()
    {
        using var app = new MadoguchiApp();
        await app.RecordAsync(2);

        var (code, output) = await RunAsync(app, "audit", "verify", $"--expect=1:{new string('a', 64)}");

        Assert.Equal(1, code);
        Assert.Contains("history was rewritten", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("audit")]
    [InlineData("audit", "repair")]
    [InlineData("audit", "verify", "--expect")]
    [InlineData("audit", "verify", "--expect", "12")]
    [InlineData("audit", "verify", "--expect", "x:abc")]
    [InlineData("audit", "verify", "now")]
    [InlineData("audit", "verify", "--expect", "1:" + "0000000000000000000000000000000000000000000000000000000000000000", "--expect", "1:" + "0000000000000000000000000000000000000000000000000000000000000000")]
    public async Task Wrong_arguments_exit_two_with_the_usage_before_touching_the_database(params string[] args)
    {
        using var output = new StringWriter();

        var code = await AuditCommand.RunAsync(new ServiceCollection().BuildServiceProvider(), args, output);

        Assert.Equal(2, code);
        Assert.Contains("audit verify", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_without_the_audit_log_exits_two()
    {
        var directory = Directory.CreateTempSubdirectory("madoguchi-empty").FullName;
        var services = new ServiceCollection();
        services.AddMadoguchiSqlite($"Data Source={Path.Combine(directory, "empty.db")};Pooling=False");
        services.AddAudit();
        using var output = new StringWriter();

        var code = await AuditCommand.RunAsync(services.BuildServiceProvider(), ["audit", "verify"], output);

        Assert.Equal(2, code);
        Assert.Contains("could not read the audit log", output.ToString(), StringComparison.Ordinal);
        Directory.Delete(directory, recursive: true);
    }

    private static async Task<(int Code, string Output)> RunAsync(MadoguchiApp app, params string[] args)
    {
        using var output = new StringWriter();
        var code = await AuditCommand.RunAsync(app.Services, args, output);
        return (code, output.ToString());
    }
}
