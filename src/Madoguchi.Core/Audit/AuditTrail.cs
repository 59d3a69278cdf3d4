using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

using Madoguchi.Core.Data;

namespace Madoguchi.Core.Audit;

/// <summary>
/// Writes the audit log. <see cref="Record"/> adds an entry to the unit of work of <c>db</c>: the
/// next <c>SaveChangesAsync</c> chains it and writes it in the same transaction as the change it
/// describes, so a change is never saved without its entry, nor an entry without its change.
/// </summary>
public sealed partial class AuditTrail(TimeProvider clock)
{
    public const int MaxDetailsLength = 2000;
    public const int MaxTargetLength = 200;

    private static long recorded;

    private static readonly JsonSerializerOptions DetailsJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Adds an entry; it is written by the caller's next <c>db.SaveChangesAsync</c>.</summary>
    /// <param name="details">A short text or <see cref="Details"/> JSON. Never a password, token, access code or 個人番号.</param>
    public AuditEntry Record(MadoguchiDb db, AuditActor actor, string action, string? target, string? details = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(action);
        if (action.Length > 64 || target?.Length > MaxTargetLength || details?.Length > MaxDetailsLength)
        {
            throw new ArgumentException($"Audit entry '{action}' is too long: keep target under {MaxTargetLength} and details under {MaxDetailsLength} characters.");
        }
        // A tripwire, not a guarantee: a bare 12-digit number is what a 個人番号 looks like.
        if (details is not null && TwelveDigits().IsMatch(details))
        {
            throw new ArgumentException($"Audit details of '{action}' contain a 12-digit number; the audit log must never hold a 個人番号.", nameof(details));
        }
        var entry = new AuditEntry
        {
            At = Microseconds(clock.GetUtcNow()),
            ActorKind = actor.Kind,
            ActorId = actor.Id,
            ActorName = actor.Name.Length > 400 ? actor.Name[..400] : actor.Name,
            Action = action,
            Target = target,
            Details = details,
            RecordedOrder = Interlocked.Increment(ref recorded),
        };
        db.AuditEntries.Add(entry);
        return entry;
    }

    /// <summary>For events that change nothing else (a view, a sign-in): records and saves at once.</summary>
    public async Task RecordNowAsync(MadoguchiDb db, AuditActor actor, string action, string? target, string? details = null, CancellationToken ct = default)
    {
        Record(db, actor, action, target, details);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Details as a small JSON object, Japanese kept readable: <c>Details(new { attachment = id })</c>.</summary>
    public static string Details(object values) => JsonSerializer.Serialize(values, DetailsJson);

    private static DateTimeOffset Microseconds(DateTimeOffset now) =>
        new(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerMicrosecond), TimeSpan.Zero);

    [GeneratedRegex("(?<![0-9A-Za-z-])[0-9]{12}(?![0-9A-Za-z-])")]
    private static partial Regex TwelveDigits();
}
