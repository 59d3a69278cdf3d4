using System.Net;
using System.Text.Json.Nodes;

using Madoguchi.Forms.Definitions;

namespace Madoguchi.Web.Tests.Support;

/// <summary>
/// Applies through the HTML pages exactly as a browser without JavaScript does: GET a page, POST
/// its fields with the antiforgery token, follow the redirect.
/// </summary>
public sealed class ResidentBrowser(HttpClient client)
{
    public HttpClient Client { get; } = client;

    public async Task<string> GetHtmlAsync(string url)
    {
        using var response = await Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    public async Task<HttpResponseMessage> PostAsync(string url, IEnumerable<KeyValuePair<string, string>> fields, IEnumerable<UploadFile>? files = null)
    {
        var html = await GetHtmlAsync(url);
        var all = fields.Append(new("__RequestVerificationToken", Html.AntiforgeryToken(html))).ToList();
        if (files is null || !files.Any())
        {
            return await Client.PostAsync(url, new FormUrlEncodedContent(all));
        }
        var multipart = new MultipartFormDataContent();
        foreach (var (key, value) in all)
        {
            multipart.Add(new StringContent(value), key);
        }
        foreach (var file in files)
        {
            multipart.Add(new ByteArrayContent(file.Bytes), file.Field, file.FileName);
        }
        return await Client.PostAsync(url, multipart);
    }

    /// <summary>Starts a draft and returns the URL of its first page.</summary>
    public async Task<string> StartAsync(string procedure)
    {
        using var response = await PostAsync($"/procedures/{procedure}", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    /// <summary>Fills every page with the answers, uploads a small photo to each file field, and submits.</summary>
    public async Task<string> ApplyAsync(string procedure, JsonObject answers, FormDefinition definition) =>
        await ContinueAsync(await StartAsync(procedure), procedure, answers, definition);

    /// <summary>Fills the pages of a started draft from <paramref name="url"/> on, and submits.</summary>
    public async Task<string> ContinueAsync(string url, string procedure, JsonObject answers, FormDefinition definition)
    {
        using var submitted = await PostAsync(await FillAsync(url, procedure, answers, definition), []);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        return submitted.Headers.Location!.OriginalString;
    }

    /// <summary>Fills the pages of a started draft from <paramref name="url"/> on; returns the review page's URL.</summary>
    public async Task<string> FillAsync(string url, string procedure, JsonObject answers, FormDefinition definition)
    {
        for (var guard = 0; guard < 20 && url.Contains("/pages/", StringComparison.Ordinal); guard++)
        {
            var pageKey = url[(url.LastIndexOf('/') + 1)..];
            var page = definition.Pages.Single(p => p.Key == pageKey);
            var fields = FormFields.ForPage(page, answers).Append(new("action", "next"));
            var files = page.Components.Where(c => c.Type == "file" && (c.Required || c.RequiredWhen is not null))
                .Select(c => new UploadFile(c.Key, "photo.jpg", TestFiles.Jpeg));
            using var response = await PostAsync(url, fields, files);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect,
                $"Page {pageKey} of {procedure} was not accepted:\n{await response.Content.ReadAsStringAsync()}");
            url = response.Headers.Location!.OriginalString;
        }
        Assert.EndsWith("/review", url);
        return url;
    }
}

public sealed record UploadFile(string Field, string FileName, byte[] Bytes);
