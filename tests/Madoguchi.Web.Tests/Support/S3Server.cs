using System.Diagnostics;

using Amazon.Runtime;
using Amazon.S3;

namespace Madoguchi.Web.Tests.Support;

/// <summary>
/// s3rver, an independent S3-compatible server (npm, installed by `npm ci` in tests/Madoguchi.Web.Tests/s3-server),
/// on a free loopback port with one bucket, for as long as the fixture lives.
/// </summary>
public sealed class S3Server : IDisposable
{
    public const string Bucket = "madoguchi-test";
    public const string AccessKey = "S3RVER";
    public const string SecretKey = "S3RVER";

    private readonly Process process;
    private readonly string directory = Path.Combine(Path.GetTempPath(), "madoguchi-s3", Guid.NewGuid().ToString("N"));

    public S3Server()
    {
        var serverDirectory = FindServerDirectory();
        Directory.CreateDirectory(directory);
        var start = new ProcessStartInfo("node", ["server.mjs", directory, Bucket])
        {
            WorkingDirectory = serverDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var line = process.StandardOutput.ReadLine()
            ?? throw new InvalidOperationException("s3rver did not start: " + process.StandardError.ReadToEnd());
        ServiceUrl = $"http://127.0.0.1:{int.Parse(line["listening ".Length..], System.Globalization.CultureInfo.InvariantCulture)}";
    }

    public string ServiceUrl { get; }

    /// <summary>The settings that point Madoguchi at this server.</summary>
    public IEnumerable<KeyValuePair<string, string>> Settings(string prefix = "") =>
    [
        new("Files:Store", "S3"),
        new("Files:S3:ServiceUrl", ServiceUrl),
        new("Files:S3:Bucket", Bucket),
        new("Files:S3:Prefix", prefix),
        new("Files:S3:AccessKey", AccessKey),
        new("Files:S3:SecretKey", SecretKey),
    ];

    /// <summary>A client of our own, to look at what Madoguchi stored without going through Madoguchi.</summary>
    public AmazonS3Client Client() => new(new BasicAWSCredentials(AccessKey, SecretKey),
        new AmazonS3Config { ServiceURL = ServiceUrl, ForcePathStyle = true, AuthenticationRegion = "us-east-1" });

    private static string FindServerDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Madoguchi.Web.Tests", "s3-server");
            if (Directory.Exists(Path.Combine(candidate, "node_modules", "s3rver")))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException("tests/Madoguchi.Web.Tests/s3-server/node_modules not found: run `npm ci` there (test.sh does).");
    }

    public void Dispose()
    {
        try
        {
            process.StandardInput.Close();
            if (!process.WaitForExit(5000))
            {
                process.Kill(entireProcessTree: true);
            }
        }
        finally
        {
            process.Dispose();
            Directory.Delete(directory, recursive: true);
        }
    }
}
