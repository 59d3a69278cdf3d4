namespace Madoguchi.Core.Data;

/// <summary>The installation's shared keys, loaded from the database once at start-up.</summary>
public sealed class InstallationKeys
{
    private byte[]? accessCodeKey;
    private byte[]? receiptNumberKey;

    public byte[] AccessCodeKey => accessCodeKey ?? throw NotLoaded();

    /// <summary>Makes 受付番号 from sequence numbers (Submissions.Receipts.ReceiptNumbers); never changes once made.</summary>
    public byte[] ReceiptNumberKey => receiptNumberKey ?? throw NotLoaded();

    public async Task LoadAsync(MadoguchiDb db, CancellationToken ct = default)
    {
        accessCodeKey = await InstallationSecrets.GetOrCreateAsync(db, InstallationSecrets.AccessCodeKey, ct);
        receiptNumberKey = await InstallationSecrets.GetOrCreateAsync(db, InstallationSecrets.ReceiptNumberKey, ct);
    }

    private static InvalidOperationException NotLoaded() =>
        new("Installation keys are loaded at start-up (DatabaseStartup).");
}
