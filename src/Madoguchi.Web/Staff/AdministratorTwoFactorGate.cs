namespace Madoguchi.Web.Staff;

/// <summary>
/// Administrators must use two-factor sign-in. One who has not enrolled yet reaches nothing but
/// the enrolment page (and sign-out) until they have.
/// </summary>
internal sealed class AdministratorTwoFactorGate(RequestDelegate next)
{
    public const string EnrolmentPath = "/staff/account/two-factor";

    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/staff", StringComparison.OrdinalIgnoreCase)
            && context.User.IsAdministrator() && !context.User.HasTwoFactor()
            && !path.Equals(EnrolmentPath, StringComparison.OrdinalIgnoreCase)
            && !path.StartsWithSegments("/staff/logout", StringComparison.OrdinalIgnoreCase)
            && !path.StartsWithSegments("/staff/login", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.Redirect(EnrolmentPath);
            return Task.CompletedTask;
        }
        return next(context);
    }
}
