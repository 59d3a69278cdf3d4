namespace Madoguchi.Core.Submissions.Receipts;

public static class ReceiptLookup
{
    /// <summary>
    /// The application with this 受付番号 (as <see cref="ReceiptNumber.TryParse"/> gives it), found
    /// through the index on its sequence number; the number itself is compared as well, so a wrong
    /// key could never hand out someone else's application.
    /// </summary>
    public static IQueryable<Application> WithReceipt(this IQueryable<Application> applications, ReceiptNumbers numbers, string receipt)
    {
        var sequence = numbers.SequenceOf(receipt);
        return applications.Where(a => a.ReceiptSequence == sequence && a.ReceiptNumber == receipt);
    }
}
