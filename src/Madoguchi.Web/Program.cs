using Madoguchi.Web.Setup;

var builder = WebApplication.CreateBuilder(args);
builder.AddMadoguchi();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseMadoguchi();
await app.RunAsync();

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
