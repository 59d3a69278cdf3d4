using Microsoft.Extensions.Options;

namespace Madoguchi.Core.Submissions.Attachments;

public sealed class FileStoreOptions
{
    /// <summary>A directory outside the web root that every app node can reach.</summary>
    public string Directory { get; set; } = "data/files";
}

/// <summary>
/// Keeps uploaded bytes on disk under random keys (never the resident's file name). A file is
/// written to a temporary name, flushed to disk and then renamed, so a crash never leaves half a file
/// under a real key; a failed write (a full disk) removes its temporary file.
/// </summary>
public sealed class FileStore(IOptions<FileStoreOptions> options)
{
    private readonly string root = Path.GetFullPath(options.Value.Directory);

    public async Task SaveAsync(string key, Stream content, CancellationToken ct)
    {
        var path = PathFor(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + ".partial";
        try
        {
            await using (var file = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                await content.CopyToAsync(file, ct);
                file.Flush(flushToDisk: true);
            }
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException)
        {
            // A full disk or a cancelled upload: the half-written file is nobody's, and takes space.
            File.Delete(temp);
            throw;
        }
    }

    public Stream OpenRead(string key) => File.OpenRead(PathFor(key));

    public bool Exists(string key) => File.Exists(PathFor(key));

    private string PathFor(string key)
    {
        if (key.Length is < 10 or > 200 || key.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')))
        {
            throw new ArgumentException("Invalid storage key.", nameof(key));
        }
        return Path.Combine(root, key[..2], key);
    }
}
