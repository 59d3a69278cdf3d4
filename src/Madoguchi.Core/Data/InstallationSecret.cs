namespace Madoguchi.Core.Data;

/// <summary>
/// A random key generated at first start and shared by every app node through the database
/// (e.g. the key that derives residents' access codes).
/// </summary>
public sealed class InstallationSecret
{
    public required string Name { get; set; }
    public required byte[] Value { get; set; }
}
