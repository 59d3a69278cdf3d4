using Madoguchi.Core.Data;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Madoguchi.Data.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the web host.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<MadoguchiDb>
{
    public MadoguchiDb CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<MadoguchiDb>();
        SqliteSetup.Configure(options, "Data Source=design-time.db");
        return new MadoguchiDb(options.Options);
    }
}
