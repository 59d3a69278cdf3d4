using Madoguchi.Core.Cases.Demo;
using Madoguchi.Core.Data;
using Madoguchi.Core.Identity;
using Madoguchi.Core.Procedures.Demo;
using Madoguchi.Core.Submissions.Receipts;

using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;

namespace Madoguchi.Web.Setup;

internal static class DatabaseStartup
{
    /// <summary>Applies migrations, loads the shared keys and seeds the demo city on an empty database.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        List<string>? demoDepartments = null;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MadoguchiDb>();
            await using (await app.Services.GetRequiredService<IStartupLock>().AcquireAsync(db))
            {
                await db.Database.MigrateAsync();
                // Before anything is submitted: 受付番号 are made with the installation's key.
                var keys = app.Services.GetRequiredService<InstallationKeys>();
                await keys.LoadAsync(db);
                await FillReceiptSequences.RunAsync(db, app.Services.GetRequiredService<ReceiptNumbers>());
                if (app.Configuration.GetValue("Database:SeedDemoCity", true))
                {
                    await SeedOnceAsync(db, scope.ServiceProvider.GetRequiredService<DemoCitySeeder>(), scope.ServiceProvider.GetRequiredService<DemoStaffSeeder>());
                    demoDepartments = await db.Departments.OrderBy(d => d.Id).Select(d => d.Code).ToListAsync();
                    // After the city's transaction: submitting takes transactions of its own. Still under the start-up lock.
                    if (app.Configuration.GetValue("Database:SeedDemoCases", true))
                    {
                        await scope.ServiceProvider.GetRequiredService<DemoCaseSeeder>().SeedAsync();
                    }
                }
            }
        }
        app.Lifetime.ApplicationStarted.Register(() => PrintWelcome(app, demoDepartments));
    }

    // Several nodes may start together on an empty database. The seed is one transaction, so a
    // second node waits on the first one's rows, then fails on their unique codes and finds the city there.
    // Demo staff join the same transaction: a city is never left without its logins.
    private static async Task SeedOnceAsync(MadoguchiDb db, DemoCitySeeder seeder, DemoStaffSeeder staff)
    {
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await seeder.SeedIfEmptyAsync();
            await staff.SeedIfEmptyAsync();
            await transaction.CommitAsync();
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (!await db.Departments.AnyAsync())
            {
                throw;
            }
        }
    }

    private static void PrintWelcome(WebApplication app, List<string>? demoDepartments)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        var url = addresses?.FirstOrDefault() ?? "(no address)";
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Madoguchi");
        log.LogInformation(
            "Madoguchi (窓口) is running: {Url}  — demo city デモ市, resident pages at {Url}/ , API at {Url}/openapi/v1.json, data in {Data}",
            url, url, url, MadoguchiOptions.DataDirectory(app.Configuration));
        if (demoDepartments is not null)
        {
            log.LogInformation(
                "Demo staff sign in at {Url}/staff/login with password {Password}: admin, and <department>-clerk, -clerk2, -chief, -manager, -author for the departments {Departments} (e.g. shimin-clerk)",
                url, DemoStaffSeeder.Password, string.Join(", ", demoDepartments));
            // Administrators must use two-factor sign-in; the demo one's key is published like the password.
            log.LogInformation(
                "The demo administrator (admin) also needs an authenticator code: add the key {Key} to an authenticator app, or run: oathtool --totp -b {Key}",
                DemoStaffSeeder.AdministratorAuthenticatorKey, DemoStaffSeeder.AdministratorAuthenticatorKey);
        }
    }
}
