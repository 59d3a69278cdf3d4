using System.Text.Json.Nodes;

using Madoguchi.Web.Localization;
using Madoguchi.Web.Resident;

using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Madoguchi.Web.Staff;

/// <summary>
/// A 個人番号 on the case page: masked, with a 表示 button that posts (with the antiforgery token)
/// to show it in full for that response only; the reveal is audited.
/// </summary>
internal static class IndividualNumberAnswer
{
    public static IHtmlContent Render(IHtmlHelper html, string receiptNumber, string path, JsonNode? value, string? revealedField, string? revealedNumber, string language)
    {
        string T(string key) => UiText.Get(key, language);
        var content = new HtmlContentBuilder();
        if (value is null)
        {
            return content.Append(T("review.notAnswered"));
        }
        if (revealedField == path && revealedNumber is not null)
        {
            return content.AppendHtml("<strong data-individual-number-revealed>").Append(revealedNumber).AppendHtml("</strong> ")
                .AppendHtml("<span class=\"hint\">").Append(T("staff.revealedNote")).AppendHtml("</span>");
        }
        content.AppendHtml("<span data-individual-number>").Append(AnswerDisplay.Mask(value.ToString())).AppendHtml("</span> ");
        content.AppendHtml($"<form method=\"post\" class=\"inline-form\" action=\"/staff/applications/{Uri.EscapeDataString(receiptNumber)}?handler=Reveal\">");
        content.AppendHtml(html.AntiForgeryToken());
        content.AppendHtml("<input type=\"hidden\" name=\"field\" value=\"").Append(path).AppendHtml("\">");
        content.AppendHtml("<button type=\"submit\" class=\"secondary small\">").Append(T("staff.reveal"))
            .AppendHtml("<span class=\"visually-hidden\">").Append(T("staff.revealContext")).AppendHtml("</span></button></form>");
        return content;
    }
}
