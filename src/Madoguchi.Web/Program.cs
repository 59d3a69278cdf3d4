using Madoguchi.Web.Audit;
using Madoguchi.Web.Setup;

var builder = WebApplication.CreateBuilder(args);
builder.AddMadoguchi();

var app = builder.Build();
if (AuditCommand.IsRequested(args))
{
    return await AuditCommand.RunAsync(app.Services, args, Console.Out);
}
await app.PrepareDatabaseAsync();
app.UseMadoguchi();
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
