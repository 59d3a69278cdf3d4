namespace Madoguchi.Core.Data;

/// <summary>The installation's shared keys, loaded from the database once at start-up.</summary>
public sealed class InstallationKeys
{
    private byte[]? accessCodeKey;

    public byte[] AccessCodeKey => accessCodeKey
        ?? throw new InvalidOperationException("Installation keys are loaded at start-up (DatabaseStartup).");

    public async Task LoadAsync(MadoguchiDb db, CancellationToken ct = default) =>
        accessCodeKey = await InstallationSecrets.GetOrCreateAsync(db, InstallationSecrets.AccessCodeKey, ct);
}
