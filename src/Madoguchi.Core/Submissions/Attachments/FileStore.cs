namespace Madoguchi.Core.Submissions.Attachments;

/// <summary>
/// Where uploaded bytes live, shared by every app node: a directory (the default; a local disk for
/// one server, a network file system for several) or an S3-compatible object store. Files are kept
/// under random keys, never the resident's file name, and a file is either stored whole or not at all.
/// </summary>
public abstract class FileStore
{
    /// <summary>Stores the content under the key; returns only when the bytes are durable.</summary>
    public abstract Task SaveAsync(string key, Stream content, CancellationToken ct);

    /// <summary>Opens a stored file, or null when the key has no file.</summary>
    public abstract Task<Stream?> OpenReadAsync(string key, CancellationToken ct);

    public abstract Task<bool> ExistsAsync(string key, CancellationToken ct);

    /// <summary>Removes a file; removing a file that is not there is not an error.</summary>
    public abstract Task DeleteAsync(string key, CancellationToken ct);

    /// <summary>Writes and removes a probe, for the readiness check: true when uploads can be stored now.</summary>
    public abstract Task<bool> CanStoreAsync(CancellationToken ct);

    /// <summary>Keys are made by Madoguchi ("{id}.pdf"); anything else is a bug or an attack.</summary>
    protected static string CheckKey(string key)
    {
        if (key.Length is < 10 or > 200 || key.StartsWith('.')
            || key.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')))
        {
            throw new ArgumentException("Invalid storage key.", nameof(key));
        }
        return key;
    }
}
