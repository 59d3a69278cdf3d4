using System.Net;
using System.Text;
using System.Text.RegularExpressions;

using Madoguchi.Web.Tests.Support;

using Microsoft.AspNetCore.Hosting;

namespace Madoguchi.Web.Tests.Staff.Exports;

public sealed partial class InboxCsvTests(MadoguchiApp app) : IClassFixture<MadoguchiApp>
{
    private static readonly Encoding Cp932 = CodePagesEncodingProvider.Instance.GetEncoding(932)!;

    private static async Task<HttpResponseMessage> ExportAsync(ResidentBrowser clerk, string query, params (string Key, string Value)[] fields) =>
        await clerk.PostAsync($"/staff/export?{query}", fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));

    private static string Decode(string html) => WebUtility.HtmlDecode(html);

    [Fact]
    public async Task The_utf8_export_is_the_filtered_inbox_byte_for_byte_with_a_byte_order_mark()
    {
        var receipt = await app.SubmitDogAsync("𠮷田", "葛\U000E0100子");
        var clerk = await app.SignedInAsync("kankyo-clerk");

        using var response = await ExportAsync(clerk, $"receipt={receipt}", ("format", "utf-8"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Matches(@"^inbox-\d{8}-\d{4}-utf8\.csv$", response.Content.Headers.ContentDisposition!.FileName!);
        var expected = ExportData.Header + await app.ExpectedRecordAsync(receipt);
        Assert.Contains("𠮷田 葛\U000E0100子", expected, StringComparison.Ordinal);
        Assert.Equal([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(expected)], await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_shift_jis_export_of_text_code_page_932_holds_is_cp932_byte_for_byte()
    {
        var receipt = await app.SubmitDogAsync("髙橋", "①子");
        var clerk = await app.SignedInAsync("kankyo-chief");

        using var response = await ExportAsync(clerk, $"receipt={receipt}", ("format", "shift_jis"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv; charset=shift_jis", response.Content.Headers.ContentType!.ToString());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var expected = ExportData.Header + await app.ExpectedRecordAsync(receipt);
        Assert.Equal(Cp932.GetBytes(expected), bytes);
        Assert.Equal([0x8E, 0xF3, 0x95, 0x74, 0x94, 0xD4, 0x8D, 0x86], bytes[..8]);   // 受付番号
        Assert.Equal(expected, Cp932.GetString(bytes));
    }

    [Fact]
    public async Task Characters_shift_jis_cannot_hold_stop_the_export_and_are_each_reported_with_row_and_column()
    {
        var receipt = await app.SubmitDogAsync("𠮷田", "葛\U000E0100子");
        var clerk = await app.SignedInAsync("kankyo-clerk");

        using var response = await ExportAsync(clerk, $"receipt={receipt}", ("format", "shift_jis"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var html = Decode(await response.Content.ReadAsStringAsync());
        Assert.Contains("data-unmappable=\"2\"", html, StringComparison.Ordinal);
        var rows = Rows(html);
        Assert.Equal([[receipt, "申請者", "𠮷", "U+20BB7"], [receipt, "申請者", "葛\U000E0100", "U+845B U+E0100"]], rows);
        Assert.DoesNotContain("data-changed", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_clerk_may_take_utf8_instead_and_gets_every_character()
    {
        var receipt = await app.SubmitDogAsync("𠮷田", "葛\U000E0100子");
        var clerk = await app.SignedInAsync("kankyo-clerk");
        using var report = await ExportAsync(clerk, $"receipt={receipt}", ("format", "shift_jis"));
        Assert.Contains("value=\"utf-8\"", await report.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var response = await ExportAsync(clerk, $"receipt={receipt}", ("format", "utf-8"));

        Assert.Equal(ExportData.Header + await app.ExpectedRecordAsync(receipt), Encoding.UTF8.GetString((await response.Content.ReadAsByteArrayAsync())[3..]));
    }

    [Fact]
    public async Task The_clerk_may_take_shift_jis_with_a_geta_mark_for_exactly_the_reported_characters()
    {
        var receipt = await app.SubmitDogAsync("𠮷田", "葛\U000E0100子");
        var clerk = await app.SignedInAsync("kankyo-clerk");
        using var report = await ExportAsync(clerk, $"receipt={receipt}", ("format", "shift_jis"));
        var fingerprint = ConfirmPattern().Match(await report.Content.ReadAsStringAsync()).Groups[1].Value;

        using var response = await ExportAsync(clerk, $"receipt={receipt}", ("format", "shift_jis"), ("confirm", fingerprint));

        Assert.Equal("text/csv; charset=shift_jis", response.Content.Headers.ContentType!.ToString());
        var expected = (ExportData.Header + await app.ExpectedRecordAsync(receipt))
            .Replace("𠮷", "〓", StringComparison.Ordinal).Replace("葛\U000E0100", "〓", StringComparison.Ordinal);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Cp932.GetBytes(expected), bytes);
        Assert.Contains("〓田 〓子", Cp932.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_of_replaced_characters_can_be_saved_as_csv()
    {
        var receipt = await app.SubmitDogAsync("𠮷田", "葛\U000E0100子");
        var clerk = await app.SignedInAsync("kankyo-clerk");

        using var response = await ExportAsync(clerk, $"receipt={receipt}", ("format", "report"));

        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal(
            "\uFEFF受付番号,列,文字,コードポイント\r\n" + $"{receipt},申請者,𠮷,U+20BB7\r\n{receipt},申請者,葛\U000E0100,U+845B U+E0100\r\n",
            Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task A_confirmation_given_before_a_new_character_arrived_is_not_used_and_the_new_list_is_shown()
    {
        // 施設の使用 (デジタル戦略課) is used by no other test here, so the filter "all" is this test's data.
        await app.SubmitDogAsync("𠮷田", procedure: "shisetsu-shiyo");
        var clerk = await app.SignedInAsync("digital-clerk");
        using var first = await ExportAsync(clerk, "", ("format", "shift_jis"));
        var fingerprint = ConfirmPattern().Match(await first.Content.ReadAsStringAsync()).Groups[1].Value;
        await app.SubmitDogAsync("犬🐕", procedure: "shisetsu-shiyo");

        using var second = await ExportAsync(clerk, "", ("format", "shift_jis"), ("confirm", fingerprint));

        Assert.Equal("text/html", second.Content.Headers.ContentType!.MediaType);
        var html = Decode(await second.Content.ReadAsStringAsync());
        Assert.Contains("data-changed", html, StringComparison.Ordinal);
        Assert.Contains("data-unmappable=\"2\"", html, StringComparison.Ordinal);
        Assert.Contains(Rows(html), r => r[2] == "🐕");
    }

    [Fact]
    public async Task The_export_holds_the_same_rows_in_the_same_order_as_the_inbox_and_never_another_departments()
    {
        var own = new[] { await app.SubmitDogAsync("順番一"), await app.SubmitDogAsync("順番二") };
        var other = await app.SubmitDemoAsync("doro-tsuho");
        var clerk = await app.SignedInAsync("kankyo-manager");

        var inbox = InboxRows(await clerk.GetHtmlAsync("/staff?status=Received"));
        using var response = await ExportAsync(clerk, "status=Received", ("format", "utf-8"));
        var csv = Encoding.UTF8.GetString((await response.Content.ReadAsByteArrayAsync())[3..]);
        var exported = csv.Split("\r\n").Skip(1).Where(l => l.Length > 0).Select(l => l[..l.IndexOf(',', StringComparison.Ordinal)]).ToList();

        Assert.Equal(inbox, exported.Take(inbox.Count));   // the inbox page shows the first 50
        Assert.Contains(own[0], exported);
        Assert.Contains(own[1], exported);
        Assert.True(exported.IndexOf(own[1]) < exported.IndexOf(own[0]), "newest first");
        Assert.DoesNotContain(other, csv, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\")")]
    [InlineData("@SUM(1+1)")]
    [InlineData("+81-3")]
    [InlineData("-1+2")]
    public async Task A_name_that_a_spreadsheet_would_run_as_a_formula_is_written_as_text(string family)
    {
        var receipt = await app.SubmitDogAsync(family);
        var clerk = await app.SignedInAsync("kankyo-clerk");

        using var response = await ExportAsync(clerk, $"receipt={receipt}", ("format", "utf-8"));

        var record = Encoding.UTF8.GetString((await response.Content.ReadAsByteArrayAsync())[3..]).Split("\r\n")[1];
        var name = family.Replace("\"", "\"\"", StringComparison.Ordinal);
        Assert.Contains($",\"'{name} 太郎", record, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_shows_the_filter_and_how_many_applications_it_will_export()
    {
        var receipt = await app.SubmitDogAsync("件数");
        var clerk = await app.SignedInAsync("kankyo-clerk");

        var html = await clerk.GetHtmlAsync($"/staff/export?receipt={receipt.ToLowerInvariant()}&status=Received");

        Assert.Contains("data-count=\"1\"", html, StringComparison.Ordinal);
        Assert.Contains("受付", html, StringComparison.Ordinal);
        Assert.Contains("value=\"shift_jis\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("format=latin1")]
    [InlineData("format=")]
    [InlineData("format=%E3%81%82")]
    public async Task An_unknown_encoding_is_refused_with_a_message_not_an_error(string body)
    {
        var clerk = await app.SignedInAsync("kankyo-clerk");
        var token = Html.AntiforgeryToken(await clerk.GetHtmlAsync("/staff/export"));

        using var response = await clerk.Client.PostAsync("/staff/export",
            new StringContent($"{body}&__RequestVerificationToken={Uri.EscapeDataString(token)}", Encoding.ASCII, "application/x-www-form-urlencoded"));

        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, html);
        Assert.Contains("文字コードを選んでください。", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_control_character_in_the_request_is_refused_before_anything_is_read()
    {
        var clerk = await app.SignedInAsync("kankyo-clerk");
        var token = Html.AntiforgeryToken(await clerk.GetHtmlAsync("/staff/export"));

        using var response = await clerk.Client.PostAsync("/staff/export",
            new StringContent($"format=utf-8%00&__RequestVerificationToken={Uri.EscapeDataString(token)}", Encoding.ASCII, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("status=Bogus", "状況の指定が正しくありません")]
    [InlineData("status=3", "状況の指定が正しくありません")]
    [InlineData("receipt=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "受付番号は")]
    [InlineData("from=2026-02-30", "実在する日付")]
    [InlineData("procedure=juminhyo", "指定された手続きは見つかりません")]
    [InlineData("overdue=maybe", "期限超過のみ")]
    public async Task A_broken_filter_is_refused_with_the_inbox_message_rather_than_exporting_everything(string query, string message)
    {
        var clerk = await app.SignedInAsync("kankyo-clerk");
        var token = Html.AntiforgeryToken(await clerk.GetHtmlAsync("/staff/export"));

        using var get = await clerk.Client.GetAsync($"/staff/export?{query}");
        using var post = await clerk.Client.PostAsync($"/staff/export?{query}",
            new FormUrlEncodedContent([new("format", "utf-8"), new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.BadRequest, get.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Equal("text/html", post.Content.Headers.ContentType!.MediaType);
        Assert.Contains(message, await post.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_inbox_filter_is_applied_the_same_way_as_on_the_inbox_page()
    {
        var mine = await app.SubmitDogAsync("絞込山田");
        var other = await app.SubmitDogAsync("絞込佐藤");
        var clerk = await app.SignedInAsync("kankyo-clerk");
        var today = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var query = $"name={Uri.EscapeDataString("絞込山田")}&procedure=inu-toroku&status=Received&assignee=none&from={today}&to={today}";

        var inbox = InboxRows(await clerk.GetHtmlAsync($"/staff?{query}"));
        using var response = await ExportAsync(clerk, query, ("format", "utf-8"));
        var csv = Encoding.UTF8.GetString((await response.Content.ReadAsByteArrayAsync())[3..]);

        Assert.Equal([mine], inbox);
        Assert.Equal(ExportData.Header + await app.ExpectedRecordAsync(mine), csv);
        Assert.DoesNotContain(other, csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Oversized_values_are_refused_or_ignored_never_a_server_error()
    {
        var clerk = await app.SignedInAsync("kankyo-clerk");
        var token = Html.AntiforgeryToken(await clerk.GetHtmlAsync("/staff/export"));
        var huge = new string('あ', 100_000);

        using var hugeFilter = await clerk.Client.PostAsync("/staff/export",
            new FormUrlEncodedContent([new("receipt", huge), new("format", "utf-8"), new("__RequestVerificationToken", token)]));
        using var hugeConfirm = await clerk.Client.PostAsync("/staff/export",
            new FormUrlEncodedContent([new("format", "shift_jis"), new("confirm", huge), new("__RequestVerificationToken", token)]));
        using var hugeQuery = await clerk.Client.GetAsync("/staff/export?receipt=" + new string('A', 20_000));

        Assert.Equal(HttpStatusCode.BadRequest, hugeFilter.StatusCode);
        Assert.True(hugeConfirm.StatusCode == HttpStatusCode.OK, $"{hugeConfirm.StatusCode}");
        Assert.True((int)hugeQuery.StatusCode is 400 or 414 or 431, $"{hugeQuery.StatusCode}");
    }

    [Fact]
    public async Task An_export_without_the_antiforgery_token_is_refused()
    {
        var clerk = await app.SignedInAsync("kankyo-clerk");

        using var response = await clerk.Client.PostAsync("/staff/export", new FormUrlEncodedContent([new("format", "utf-8")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEqual("text/csv", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task More_rows_than_one_file_holds_are_refused_with_the_count()
    {
        using var small = app.WithWebHostBuilder(b => b.UseSetting("Exports:MaxCsvRows", "2"));
        foreach (var name in (string[])["上限一", "上限二", "上限三"])
        {
            await app.SubmitDogAsync(name);
        }
        var clerk = new ResidentBrowser(small.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true }));
        await clerk.LoginAsync("kankyo-clerk", StaffBrowser.DemoPassword);

        using var response = await ExportAsync(clerk, "", ("format", "utf-8"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("一度に出力できる2件を超えています", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static List<string[]> Rows(string html) =>
        [.. ReportRowPattern().Matches(html).Select(m => new[] { m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value, m.Groups[4].Value })];

    private static List<string> InboxRows(string html) =>
        [.. InboxRowPattern().Matches(html).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("name=\"confirm\" value=\"([0-9a-f]+)\"")]
    private static partial Regex ConfirmPattern();

    [GeneratedRegex(@"<tr>\s*<td>([^<]*)</td>\s*<td>([^<]*)</td>\s*<td class=""character"">([^<]*)</td>\s*<td>([^<]*)</td>\s*</tr>")]
    private static partial Regex ReportRowPattern();

    [GeneratedRegex("data-receipt=\"([^\"]+)\"")]
    private static partial Regex InboxRowPattern();
}
