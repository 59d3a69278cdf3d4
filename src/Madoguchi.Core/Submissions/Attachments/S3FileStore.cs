using System.Net;

using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace Madoguchi.Core.Submissions.Attachments;

/// <summary>
/// Files in an S3-compatible object store (any service speaking the S3 API: a cloud provider's,
/// or one the city runs itself). A PUT is atomic: the object exists whole or not at all, and the
/// store acknowledges only what it has kept durably.
/// </summary>
public sealed class S3FileStore : FileStore, IDisposable
{
    private readonly AmazonS3Client client;
    private readonly string bucket;
    private readonly string prefix;

    public S3FileStore(S3FileStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        bucket = options.Bucket;
        prefix = options.Prefix;
        var config = new AmazonS3Config
        {
            ServiceURL = options.ServiceUrl,
            ForcePathStyle = options.ForcePathStyle,
            AuthenticationRegion = options.Region,
            Timeout = TimeSpan.FromSeconds(options.TimeoutSeconds),
            MaxErrorRetry = 2,
        };
        // Send the content's checksum only when the store asks for one: many S3-compatible stores
        // do not understand the newer trailing checksums.
        config.RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED;
        config.ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED;
        client = new AmazonS3Client(new BasicAWSCredentials(options.AccessKey, options.SecretKey), config);
    }

    public override async Task SaveAsync(string key, Stream content, CancellationToken ct)
    {
        // The SDK needs a seekable stream to sign the body; uploads are at most a few MB.
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        await client.PutObjectAsync(new PutObjectRequest
        {
            BucketName = bucket,
            Key = ObjectKey(key),
            InputStream = buffer,
            AutoCloseStream = false,
            ContentType = "application/octet-stream",
            // A plain signed body rather than aws-chunked streaming signatures, which several
            // S3-compatible stores store verbatim instead of decoding.
            UseChunkEncoding = false,
        }, ct);
    }

    public override async Task<Stream?> OpenReadAsync(string key, CancellationToken ct)
    {
        try
        {
            using var response = await client.GetObjectAsync(bucket, ObjectKey(key), ct);
            // Copied so the HTTP response is released at once, whatever the caller does with the stream.
            var copy = new MemoryStream();
            await response.ResponseStream.CopyToAsync(copy, ct);
            copy.Position = 0;
            return copy;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public override async Task<bool> ExistsAsync(string key, CancellationToken ct)
    {
        try
        {
            await client.GetObjectMetadataAsync(bucket, ObjectKey(key), ct);
            return true;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    public override async Task DeleteAsync(string key, CancellationToken ct) =>
        await client.DeleteObjectAsync(bucket, ObjectKey(key), ct);

    public override async Task<bool> CanStoreAsync(CancellationToken ct)
    {
        var probe = $".ready/{Guid.NewGuid():N}";
        try
        {
            await client.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = prefix + probe, ContentBody = "1", UseChunkEncoding = false }, ct);
            await client.DeleteObjectAsync(bucket, prefix + probe, ct);
            return true;
        }
        catch (Exception e) when (e is AmazonServiceException or AmazonClientException or HttpRequestException or IOException
            or TaskCanceledException)
        {
            return false;
        }
    }

    private string ObjectKey(string key) => prefix + CheckKey(key);

    public void Dispose() => client.Dispose();
}
