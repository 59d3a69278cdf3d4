namespace Madoguchi.Core.Cases.Exports.Csv;

/// <summary>What an inbox export produced: a file, a question for the clerk, or a refusal.</summary>
public abstract record InboxExportResult
{
    private InboxExportResult()
    {
    }

    public sealed record File(byte[] Content, string FileName, int Rows) : InboxExportResult;

    /// <summary>
    /// Shift_JIS cannot hold every character: nothing is produced until the clerk chooses.
    /// <paramref name="Fingerprint"/> names exactly this report; replacing with 〓 needs it back, so a
    /// character that arrived after the clerk looked is reported too, never replaced unseen.
    /// </summary>
    public sealed record NeedsChoice(IReadOnlyList<UnmappableCharacter> Report, string Fingerprint, bool ChangedSinceConfirmed) : InboxExportResult;

    /// <summary>More rows match than one export holds; the clerk narrows the filter.</summary>
    public sealed record TooMany(int Count, int Limit) : InboxExportResult;
}
