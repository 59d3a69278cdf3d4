using Madoguchi.Core.Audit;
using Madoguchi.Core.Cases;
using Madoguchi.Core.Data;
using Madoguchi.Core.Jobs;
using Madoguchi.Core.Procedures;
using Madoguchi.Core.Submissions;
using Madoguchi.Web.Api;
using Madoguchi.Web.Audit;
using Madoguchi.Web.Localization;
using Madoguchi.Web.Staff;
using Madoguchi.Web.Staff.Exports;

using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Features;

namespace Madoguchi.Web.Setup;

internal static class MadoguchiSetup
{
    /// <summary>Largest request body anywhere (file uploads); the JSON API takes far less.</summary>
    public const long MaxRequestBytes = 12 * 1024 * 1024;

    public static void AddMadoguchi(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = MaxRequestBytes;
            k.AddServerHeader = false;
        });
        services.Configure<FormOptions>(f =>
        {
            f.MultipartBodyLengthLimit = MaxRequestBytes;
            f.ValueCountLimit = 2000;
        });
        builder.Configuration["Files:Directory"] = MadoguchiOptions.FilesDirectory(builder.Configuration);

        builder.AddMadoguchiDatabase();
        builder.AddMadoguchiProxy();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<InstallationKeys>();
        services.AddProcedures();
        services.AddSubmissions(builder.Configuration);
        services.AddStaffAuthentication();
        services.AddCases();
        services.AddAudit();
        services.AddScoped<SignInAudit>();
        services.AddHostedService<AuditHeadLog>();
        services.AddJobs(builder.Configuration);
        services.AddExportsAndDashboard(builder.Configuration);

        // Japanese pages: emit kana and kanji as characters, not as &#x…; escapes (HTML-special characters are still escaped).
        services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        // Razor Pages validate the antiforgery token on every POST by default (IPA: CSRF).
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/Staff");
            o.Conventions.AllowAnonymousToPage("/Staff/Login");
            o.Conventions.AllowAnonymousToPage("/Staff/LoginTwoFactor");
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "madoguchi-csrf";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        // Keys in the database and one application name: a token issued by one node is accepted by every other.
        services.AddDataProtection().SetApplicationName("Madoguchi").PersistKeysToDbContext<MadoguchiDb>();
        services.AddExceptionHandler<StorageFull>();
        services.AddExceptionHandler<DatabaseUnavailable>();
        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddMadoguchiHealth();
        builder.AddMadoguchiRequestLimits();
    }

    private static bool IsApi(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/healthz")
        || context.Request.Path.StartsWithSegments("/openapi");

    public static void UseMadoguchi(this WebApplication app)
    {
        app.UseForwardedHeaders();
        // The API answers with RFC 9457 problem details; people get a page in their language.
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(context => !IsApi(context), pages =>
        {
            pages.UseExceptionHandler("/error/500");
            pages.UseStatusCodePagesWithReExecute("/error/{0}");
        });
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<LanguageSelection>();
        app.UseStaticFiles();
        app.UseRouting();
        // Before authentication: under overload a refused request costs as little as possible.
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<AdministratorTwoFactorGate>();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapMadoguchiHealth();
        app.MapMadoguchiApi();
        app.MapBenchEndpoints();
        app.MapRazorPages();
    }
}
