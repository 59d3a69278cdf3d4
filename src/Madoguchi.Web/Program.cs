using Madoguchi.Web.Audit;
using Madoguchi.Web.Setup;

var builder = WebApplication.CreateBuilder(args);
builder.AddMadoguchi();

if (AuditCommand.IsRequested(args))
{
    // A command, not a server: it reports for itself, and EF's error lines would only repeat it.
    builder.Logging.ClearProviders();
    return await AuditCommand.RunAsync(builder.Build().Services, args, Console.Out);
}

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseMadoguchi();
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
