using Microsoft.Extensions.Configuration;

namespace Madoguchi.Core.Submissions.Attachments;

/// <summary>The "Files" configuration section: which store keeps uploads, and its settings.</summary>
public sealed class FileStoreOptions
{
    /// <summary>"Directory" (default) or "S3".</summary>
    public string Store { get; set; } = "Directory";

    /// <summary>For "Directory": a directory outside the web root that every app node can reach.</summary>
    public string Directory { get; set; } = "data/files";

    public S3FileStoreOptions S3 { get; set; } = new();

    /// <summary>
    /// The store the configuration names. A wrong value stops start-up with a message naming the
    /// setting, rather than failing on the first resident's upload.
    /// </summary>
    public static FileStore CreateStore(IConfiguration configuration)
    {
        var options = configuration.GetSection("Files").Get<FileStoreOptions>() ?? new FileStoreOptions();
        return options.Store.Trim().ToUpperInvariant() switch
        {
            "DIRECTORY" or "" => new DirectoryFileStore(options.Directory),
            "S3" => new S3FileStore(options.S3.Checked()),
            _ => throw new InvalidOperationException(
                $"Files:Store is '{options.Store}'; use 'Directory' (a shared directory) or 'S3' (an S3-compatible object store)."),
        };
    }
}

/// <summary>Settings of an S3-compatible store (Files:S3:*).</summary>
public sealed class S3FileStoreOptions
{
    /// <summary>The store's address, e.g. https://s3.example.lg.jp or http://127.0.0.1:9000.</summary>
    public string ServiceUrl { get; set; } = "";
    public string Bucket { get; set; } = "";

    /// <summary>Put before every key, so several installations can share a bucket ("madoguchi/").</summary>
    public string Prefix { get; set; } = "";
    public string Region { get; set; } = "us-east-1";
    public string AccessKey { get; set; } = "";
    public string SecretKey { get; set; } = "";

    /// <summary>bucket in the path (http://host/bucket/key), which most self-hosted stores need.</summary>
    public bool ForcePathStyle { get; set; } = true;
    public int TimeoutSeconds { get; set; } = 30;

    internal S3FileStoreOptions Checked()
    {
        if (!Uri.TryCreate(ServiceUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            throw new InvalidOperationException($"Files:S3:ServiceUrl must be an http(s) address; it is '{ServiceUrl}'.");
        }
        // S3 bucket naming rules: 3–63 lower-case letters, digits, dots and hyphens.
        if (Bucket.Length is < 3 or > 63 || !Bucket.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '.'))
        {
            throw new InvalidOperationException($"Files:S3:Bucket '{Bucket}' is not a valid bucket name (3–63 of a–z, 0–9, '-', '.').");
        }
        if (string.IsNullOrWhiteSpace(AccessKey) || string.IsNullOrWhiteSpace(SecretKey))
        {
            throw new InvalidOperationException("Files:S3:AccessKey and Files:S3:SecretKey are required for the S3 store.");
        }
        if (Prefix.Length > 100 || Prefix.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '/' or '.')))
        {
            throw new InvalidOperationException("Files:S3:Prefix may hold only letters, digits, '-', '_', '.' and '/', up to 100 characters.");
        }
        if (TimeoutSeconds is < 1 or > 600)
        {
            throw new InvalidOperationException("Files:S3:TimeoutSeconds must be between 1 and 600.");
        }
        return this;
    }
}
