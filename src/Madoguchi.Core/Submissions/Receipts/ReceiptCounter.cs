namespace Madoguchi.Core.Submissions.Receipts;

/// <summary>
/// The one row that hands out blocks of receipt sequence numbers to the nodes
/// (<see cref="ReceiptSequences"/>): the next number no node has taken yet.
/// </summary>
public sealed class ReceiptCounter
{
    public const int TheOnly = 1;

    public int Id { get; set; }
    public long Next { get; set; }
}
