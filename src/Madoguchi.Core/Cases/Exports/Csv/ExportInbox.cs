using System.Globalization;
using System.Security.Cryptography;
using System.Text;

using Madoguchi.Core.Audit;
using Madoguchi.Core.Cases.Inbox;
using Madoguchi.Core.Data;
using Madoguchi.Core.Submissions;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Madoguchi.Core.Cases.Exports.Csv;

/// <summary>What to export: a filter already checked by <see cref="ReadInboxFilter"/> for this member.</summary>
public sealed record InboxExportRequest(string StaffMemberId, InboxFilter Filter, ExportFormat Format, string? ConfirmedReport = null);

/// <summary>
/// The inbox as a CSV file: the rows the inbox page lists for the same filter (the same
/// <see cref="ListInbox.Matching"/>: same scoping, same conditions, same order), in UTF-8 with BOM or
/// in Shift_JIS. This is the one place an inbox export is produced.
/// </summary>
public sealed class ExportInbox(MadoguchiDb db, ListInbox inbox, AuditTrail audit, TimeProvider clock, IOptions<CsvExportOptions> options)
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    public async Task<InboxExportResult> HandleAsync(InboxExportRequest request, CancellationToken ct = default)
    {
        var result = await ProduceAsync(request, ct);
        if (result is InboxExportResult.File file)
        {
            // A file of many residents' data leaves the system: who, which conditions, how many rows.
            // The name searched for is personal data and stays out; only that one was given.
            var f = request.Filter;
            var member = await db.Users.AsNoTracking().Where(u => u.Id == request.StaffMemberId).Select(u => new { u.DisplayName, u.UserName }).FirstAsync(ct);
            await audit.RecordNowAsync(db, AuditActor.Staff(request.StaffMemberId, member.DisplayName, member.UserName), AuditActions.InboxExported, null,
                AuditTrail.Details(new
                {
                    format = request.Format.ToString(),
                    rows = file.Rows,
                    status = f.Status?.ToString(),
                    procedure = f.ProcedureId,
                    assignee = f.Assignee.ToString(),
                    overdue = f.OverdueOnly,
                    awaitingMe = f.AwaitingMyApproval,
                    byName = f.ApplicantNameKey is not null,
                    from = f.SubmittedFrom,
                    to = f.SubmittedTo,
                    receipt = f.ReceiptNumber,
                }), ct);
        }
        return result;
    }

    private async Task<InboxExportResult> ProduceAsync(InboxExportRequest request, CancellationToken ct)
    {
        var maxRows = Math.Max(1, options.Value.MaxCsvRows);
        var today = JapanDate.Today(clock);
        var applications = inbox.Matching(request.StaffMemberId, request.Filter, today);
        var rows = await applications
            .OrderByDescending(a => a.SubmittedAt).ThenByDescending(a => a.Id)
            .Take(maxRows + 1)
            .Select(a => new InboxRow(
                a.ReceiptNumber, a.Procedure.TitleJa, a.Procedure.TitleEn, a.ApplicantName, a.SubmittedAt, a.Status, a.DueOn,
                db.Users.Where(u => u.Id == a.AssignedToId).Select(u => u.DisplayName).FirstOrDefault(),
                a.ApprovalStepRole))
            .ToListAsync(ct);
        if (rows.Count > maxRows)
        {
            return new InboxExportResult.TooMany(await applications.CountAsync(ct), maxRows);
        }

        var now = clock.GetUtcNow();
        var records = rows.Select(r => InboxCsv.Record(r, today)).ToList();
        var stamp = JapanDate.ToJapan(now).ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture);
        if (request.Format == ExportFormat.Utf8)
        {
            return new InboxExportResult.File([.. Utf8Bom, .. Encoding.UTF8.GetBytes(Csv(records))], $"inbox-{stamp}-utf8.csv", rows.Count);
        }

        var shiftJis = new ShiftJis();
        var report = Report(records, shiftJis);
        if (request.Format == ExportFormat.ShiftJisReport)
        {
            var reportRecords = report.Select(u => new[] { u.ReceiptNumber, u.Column, u.Character, u.CodePoints }).ToList();
            return new InboxExportResult.File(
                [.. Utf8Bom, .. Encoding.UTF8.GetBytes(Csv(reportRecords, ["受付番号", "列", "文字", "コードポイント"]))],
                $"inbox-{stamp}-sjis-report.csv", report.Count);
        }
        if (report.Count == 0)
        {
            return new InboxExportResult.File(ShiftJis.Encode(Csv(records)), $"inbox-{stamp}-sjis.csv", rows.Count);
        }
        var fingerprint = Fingerprint(report);
        if (!string.Equals(request.ConfirmedReport, fingerprint, StringComparison.Ordinal))
        {
            return new InboxExportResult.NeedsChoice(report, fingerprint, ChangedSinceConfirmed: request.ConfirmedReport is not null);
        }
        var replaced = records.Select(r => r.Select(shiftJis.ReplaceUnmappable).ToArray()).ToList();
        return new InboxExportResult.File(ShiftJis.Encode(Csv(replaced)), $"inbox-{stamp}-sjis.csv", rows.Count);
    }

    /// <summary>How many applications an export with this filter would hold (shown before the clerk chooses).</summary>
    public Task<int> CountAsync(string staffMemberId, InboxFilter filter, CancellationToken ct = default) =>
        inbox.Matching(staffMemberId, filter, JapanDate.Today(clock)).CountAsync(ct);

    private static string Csv(IEnumerable<string[]> records, string[]? header = null)
    {
        var csv = new StringBuilder();
        CsvText.AppendRecord(csv, header ?? InboxCsv.Header);
        foreach (var record in records)
        {
            CsvText.AppendRecord(csv, record);
        }
        return csv.ToString();
    }

    private static List<UnmappableCharacter> Report(List<string[]> records, ShiftJis shiftJis)
    {
        var report = new List<UnmappableCharacter>();
        foreach (var record in records)
        {
            for (var column = 0; column < record.Length; column++)
            {
                report.AddRange(shiftJis.Unmappable(record[column])
                    .Select(c => new UnmappableCharacter(record[0], InboxCsv.Header[column], c)));
            }
        }
        return report;
    }

    private static string Fingerprint(List<UnmappableCharacter> report)
    {
        var text = new StringBuilder();
        foreach (var u in report)
        {
            text.Append(u.ReceiptNumber).Append('\u001f').Append(u.Column).Append('\u001f').Append(u.Character).Append('\u001e');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..32];
    }
}
