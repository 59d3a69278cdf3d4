using Madoguchi.Cluster.Tests.Support;

namespace Madoguchi.Faults.Tests.Support;

/// <summary>
/// A small filesystem of the test's own, to fill up without touching the machine's disks: an ext4
/// image on a loop device (a real disk's behaviour: blocks, journal, fsync), or tmpfs where the
/// machine has no loop devices (some containers). Mounting needs root.
/// </summary>
public sealed class SmallDisk : IAsyncDisposable
{
    private readonly string root;

    private SmallDisk(string root, string path, string kind)
    {
        this.root = root;
        Path = path;
        Kind = kind;
    }

    public string Path { get; }

    public string Kind { get; }

    public static async Task<SmallDisk> CreateAsync(int megabytes)
    {
        if (!Environment.IsPrivilegedProcess)
        {
            throw new InvalidOperationException(
                "The full-disk test mounts a small filesystem of its own (mount -o loop, or tmpfs), which needs root. " +
                "Run the tests as root, e.g. sudo ./test.sh.");
        }
        var root = Directory.CreateTempSubdirectory("madoguchi-small-disk").FullName;
        var mountPoint = System.IO.Path.Combine(root, "mnt");
        Directory.CreateDirectory(mountPoint);
        var image = System.IO.Path.Combine(root, "disk.img");
        await using (var file = File.Create(image))
        {
            file.SetLength(megabytes * 1024L * 1024);
        }
        // -m 0: no blocks reserved for root, so "full" means full for the app too.
        var (exitCode, _) = await Command.TryRunAsync("mkfs.ext4", "-q", "-F", "-m", "0", image);
        if (exitCode == 0)
        {
            (exitCode, _) = await Command.TryRunAsync("mount", "-o", "loop", image, mountPoint);
        }
        if (exitCode == 0)
        {
            return new SmallDisk(root, mountPoint, $"ext4 on a loop device, {megabytes} MB");
        }
        File.Delete(image);
        await Command.RunAsync("mount", "-t", "tmpfs", "-o", $"size={megabytes}m", "tmpfs", mountPoint);
        return new SmallDisk(root, mountPoint, $"tmpfs, {megabytes} MB");
    }

    /// <summary>Writes a file until the filesystem refuses another byte; deleting it frees the space.</summary>
    public string Fill()
    {
        var path = System.IO.Path.Combine(Path, "filler");
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0);
        var chunk = new byte[1 << 20];
        foreach (var size in new[] { 1 << 20, 1 << 16, 1 << 12, 1 << 9, 1 })
        {
            try
            {
                while (true)
                {
                    file.Write(chunk, 0, size);
                }
            }
            catch (IOException)
            {
                // full at this granularity; try a smaller piece
            }
        }
        try
        {
            file.Flush(flushToDisk: true);
        }
        catch (IOException)
        {
            // what could not be flushed is not taking space either
        }
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        // A node may have just been killed: give the kernel a moment to let go of the mount.
        for (var attempt = 0; attempt < 10; attempt++)
        {
            if ((await Command.TryRunAsync("umount", Path)).ExitCode == 0)
            {
                Directory.Delete(root, recursive: true);
                return;
            }
            await Task.Delay(500);
        }
        await Command.TryRunAsync("umount", "--lazy", Path);
        Directory.Delete(root, recursive: true);
    }
}
