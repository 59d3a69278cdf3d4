namespace Madoguchi.Web.Localization;

/// <summary>
/// Japanese by default; English when the resident chooses it (?lang=en, remembered in a cookie).
/// The choice is in the request, not on the node, so any node renders the same language.
/// </summary>
internal sealed class LanguageSelection(RequestDelegate next)
{
    public const string CookieName = "madoguchi-lang";

    public Task InvokeAsync(HttpContext context)
    {
        var requested = context.Request.Query["lang"].ToString();
        string language;
        if (requested is "ja" or "en")
        {
            language = requested;
            context.Response.Cookies.Append(CookieName, language, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                MaxAge = TimeSpan.FromDays(365),
                IsEssential = true,
            });
        }
        else
        {
            language = context.Request.Cookies[CookieName] == "en" ? "en" : "ja";
        }
        context.Items[typeof(LanguageSelection)] = language;
        return next(context);
    }

    public static string Current(HttpContext context) =>
        context.Items[typeof(LanguageSelection)] as string ?? "ja";

    /// <summary>The current address with only the language changed (keeps e.g. a status link's token).</summary>
    public static string SwitchUrl(HttpContext context, string language)
    {
        var query = context.Request.Query
            .Where(q => q.Key is not ("lang" or "handler"))
            .SelectMany(q => q.Value.Select(v => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(v ?? "")}"))
            .Append("lang=" + language);
        return context.Request.PathBase + context.Request.Path + "?" + string.Join('&', query);
    }
}
