using System.Data.Common;
using System.Globalization;

using Madoguchi.Core.Audit.Verify;

namespace Madoguchi.Web.Audit;

/// <summary>
/// `dotnet run --project src/Madoguchi.Web -- audit verify [--expect N:HASH]` (or `Madoguchi.Web
/// audit verify` when published): checks the whole audit log against the configured database
/// without starting the web server. Exit code 0 intact, 1 broken (naming the first broken
/// entry), 2 when it could not check at all.
/// </summary>
internal static class AuditCommand
{
    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == "audit";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, CancellationToken ct = default)
    {
        if (!TryParse(args, out var anchor))
        {
            await output.WriteLineAsync("使い方 / usage: audit verify [--expect <番号>:<ハッシュ>]");
            await output.WriteLineAsync("照合値は「番号:64桁の16進数」で、前回の検証かログの Audit log anchor の値です / the anchor is N:<64 hex digits>, from an earlier verification or an \"Audit log anchor\" log line");
            return 2;
        }
        AuditVerification result;
        try
        {
            await using var scope = services.CreateAsyncScope();
            result = await scope.ServiceProvider.GetRequiredService<VerifyAuditLog>().HandleAsync(anchor, ct);
        }
        catch (Exception e) when (e is DbException or InvalidOperationException)
        {
            await output.WriteLineAsync($"監査ログを読めませんでした / could not read the audit log: {e.GetType().Name}: {e.Message}");
            return 2;
        }
        var head = $"{result.Entries.ToString(CultureInfo.InvariantCulture)}:{result.LastHash}";
        if (result.Intact)
        {
            await output.WriteLineAsync($"監査ログは正常です（{result.Entries:N0} 件） / audit log intact ({result.Entries:N0} entries)");
            await output.WriteLineAsync($"照合値 / anchor: {head}");
            await output.WriteLineAsync("この照合値をデータベースの外に控え、次回 --expect に渡してください / keep this anchor outside the database and pass it with --expect next time");
            return 0;
        }
        await output.WriteLineAsync($"監査ログの検証に失敗しました / audit log verification FAILED: 第 {result.BrokenAt} 件 / entry {result.BrokenAt}");
        await output.WriteLineAsync(Explain(result.Break!.Value, result.BrokenAt!.Value));
        await output.WriteLineAsync($"第 {result.Entries} 件までは正常です / intact up to entry {result.Entries}: {head}");
        return 1;
    }

    private static string Explain(AuditBreak kind, long at) => kind switch
    {
        AuditBreak.Missing => $"第 {at} 件がありません（削除されています） / entry {at} is missing (deleted)",
        AuditBreak.Altered => $"第 {at} 件の内容がハッシュと一致しません（書き換えられています） / entry {at} does not match its hash (altered)",
        AuditBreak.Unlinked => $"第 {at} 件が直前の件のハッシュを指していません（直前の件が書き換えられハッシュが再計算されています） / entry {at} does not link to the entry before it (that one was altered and re-hashed)",
        AuditBreak.NewestMissing => $"第 {at} 件以降がありません（最新の記録が削除されています） / entries from {at} on are missing (the newest entries were deleted)",
        AuditBreak.HeadMismatch => $"先頭記録が第 {at} 件のハッシュと一致しません / the head row does not match entry {at}",
        AuditBreak.BeyondHead => $"第 {at} 件までの記録が先頭記録より後にあります（Madoguchi 以外から追加されています） / entries up to {at} lie beyond the head (not written by Madoguchi)",
        AuditBreak.AnchorMissing => $"照合値の件がありません：記録は第 {at - 1} 件までしかありません（切り詰められています） / the anchor's entry is gone: the log ends at entry {at - 1} (cut back)",
        AuditBreak.AnchorMismatch => $"第 {at} 件のハッシュが照合値と違います（履歴が作り直されています） / entry {at} has another hash than the anchor (history was rewritten)",
    };

    // "--expect N:HASH" is the command's own option; other "--Key value" pairs are configuration
    // (e.g. --DataDirectory), read by the host as when it serves.
    private static bool TryParse(string[] args, out AuditAnchor? anchor)
    {
        anchor = null;
        if (args is not ["audit", "verify", ..])
        {
            return false;
        }
        for (var i = 2; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg == "--expect")
            {
                if (anchor is not null || i + 1 >= args.Length || !AuditAnchor.TryParse(args[++i], out anchor))
                {
                    return false;
                }
            }
            else if (arg.StartsWith("--expect=", StringComparison.Ordinal))
            {
                if (anchor is not null || !AuditAnchor.TryParse(arg["--expect=".Length..], out anchor))
                {
                    return false;
                }
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2)
            {
                i += arg.Contains('=', StringComparison.Ordinal) ? 0 : 1;
            }
            else
            {
                return false;
            }
        }
        return true;
    }
}
