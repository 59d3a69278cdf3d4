using System.Net;
using System.Security.Cryptography;

using Madoguchi.Core.Data;
using Madoguchi.Core.Submissions.Attachments;
using Madoguchi.Web.Tests.Support;

using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Madoguchi.Web.Tests.Storage;

/// <summary>The S3 option for uploads, against s3rver (an independent S3-compatible server) with the real AWS SDK.</summary>
public sealed class S3FileStoreTests(S3Server s3) : IClassFixture<S3Server>
{
    private S3FileStore Store(string prefix = "") => new(new S3FileStoreOptions
    {
        ServiceUrl = s3.ServiceUrl,
        Bucket = S3Server.Bucket,
        Prefix = prefix,
        AccessKey = S3Server.AccessKey,
        SecretKey = S3Server.SecretKey,
    });

    [Fact]
    public async Task A_stored_file_reads_back_byte_for_byte_and_can_be_deleted()
    {
        using var store = Store("city-a/");
        var key = $"{Guid.NewGuid():N}.pdf";
        var bytes = RandomNumberGenerator.GetBytes(300_000);

        await store.SaveAsync(key, new MemoryStream(bytes), CancellationToken.None);

        Assert.True(await store.ExistsAsync(key, CancellationToken.None));
        await using (var read = await store.OpenReadAsync(key, CancellationToken.None))
        {
            using var copy = new MemoryStream();
            await read!.CopyToAsync(copy);
            Assert.Equal(bytes, copy.ToArray());
        }
        // Under the prefix, so installations can share a bucket.
        using var client = s3.Client();
        using var direct = await client.GetObjectAsync(S3Server.Bucket, "city-a/" + key);
        Assert.Equal(bytes.Length, direct.ContentLength);

        await store.DeleteAsync(key, CancellationToken.None);
        Assert.False(await store.ExistsAsync(key, CancellationToken.None));
        Assert.Null(await store.OpenReadAsync(key, CancellationToken.None));
        await store.DeleteAsync(key, CancellationToken.None); // deleting again is fine
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("short")]
    [InlineData(".hidden-file-name")]
    [InlineData("name with spaces.pdf")]
    public async Task A_key_Madoguchi_would_never_make_is_refused_before_reaching_the_store(string key)
    {
        using var store = Store();
        await Assert.ThrowsAsync<ArgumentException>(() => store.SaveAsync(key, new MemoryStream([1]), CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => store.OpenReadAsync(key, CancellationToken.None));
    }

    [Fact]
    public async Task A_store_that_does_not_answer_is_reported_as_unable_to_store()
    {
        using var store = new S3FileStore(new S3FileStoreOptions
        {
            ServiceUrl = "http://127.0.0.1:1",
            Bucket = S3Server.Bucket,
            AccessKey = S3Server.AccessKey,
            SecretKey = S3Server.SecretKey,
            TimeoutSeconds = 2,
        });
        using var working = Store();

        Assert.False(await store.CanStoreAsync(CancellationToken.None));
        Assert.True(await working.CanStoreAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_resident_s_upload_goes_to_the_object_store_and_the_node_is_ready()
    {
        using var app = new MadoguchiApp();
        using var node = app.WithWebHostBuilder(b =>
        {
            foreach (var (key, value) in s3.Settings("uploads/"))
            {
                b.UseSetting(key, value);
            }
        });
        using var ready = await node.CreateClient().GetAsync("/healthz/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);

        var browser = new ResidentBrowser(node.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true }));
        var url = await browser.StartAsync("doro-tsuho");
        using var first = await browser.PostAsync(url, [new("problemKind", "pothole"), new("action", "next")]);
        using var upload = await browser.PostAsync(first.Headers.Location!.OriginalString,
            [new("locationDescription", "市役所前の交差点"), new("action", "save")], [new UploadFile("photos", "穴.jpg", TestFiles.Jpeg)]);
        Assert.True(upload.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, upload.StatusCode.ToString());

        using var scope = node.Services.CreateScope();
        var stored = await scope.ServiceProvider.GetRequiredService<MadoguchiDb>().Attachments.SingleAsync(a => a.FileName == "穴.jpg");
        using var client = s3.Client();
        using var direct = await client.GetObjectAsync(S3Server.Bucket, "uploads/" + stored.StorageKey);
        using var copy = new MemoryStream();
        await direct.ResponseStream.CopyToAsync(copy);
        Assert.Equal(TestFiles.Jpeg, copy.ToArray());
        Assert.Equal(stored.Sha256, Convert.ToHexStringLower(SHA256.HashData(copy.ToArray())));
        Assert.False(Directory.Exists(Path.Combine(app.DataDirectory, "files", stored.StorageKey[..2])));
    }

    [Fact]
    public async Task A_node_whose_object_store_is_down_is_alive_but_not_ready()
    {
        using var app = new MadoguchiApp();
        using var node = app.WithWebHostBuilder(b =>
        {
            foreach (var (key, value) in s3.Settings())
            {
                b.UseSetting(key, value);
            }
            b.UseSetting("Files:S3:ServiceUrl", "http://127.0.0.1:1");
            b.UseSetting("Files:S3:TimeoutSeconds", "2");
        });
        using var client = node.CreateClient();

        using var live = await client.GetAsync("/healthz/live");
        using var ready = await client.GetAsync("/healthz/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
    }
}
