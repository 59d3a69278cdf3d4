namespace Madoguchi.Core.Submissions.Attachments;

/// <summary>
/// Files in a directory outside the web root. A file is written to a temporary name, flushed to
/// disk and then renamed, so a crash never leaves half a file under a real key.
/// </summary>
public sealed class DirectoryFileStore(string directory) : FileStore
{
    private readonly string root = Path.GetFullPath(directory);

    public override async Task SaveAsync(string key, Stream content, CancellationToken ct)
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
        catch
        {
            // A full disk or a cancelled upload must not leave a partial file taking space.
            File.Delete(temp);
            throw;
        }
    }

    public override Task<Stream?> OpenReadAsync(string key, CancellationToken ct)
    {
        var path = PathFor(key);
        return Task.FromResult<Stream?>(File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous)
            : null);
    }

    public override Task<bool> ExistsAsync(string key, CancellationToken ct) => Task.FromResult(File.Exists(PathFor(key)));

    public override Task DeleteAsync(string key, CancellationToken ct)
    {
        File.Delete(PathFor(key));
        return Task.CompletedTask;
    }

    public override async Task<bool> CanStoreAsync(CancellationToken ct)
    {
        var probe = Path.Combine(root, $".ready-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(root);
            await File.WriteAllBytesAsync(probe, [1], ct);
            File.Delete(probe);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private string PathFor(string key) => Path.Combine(root, CheckKey(key)[..2], key);
}
