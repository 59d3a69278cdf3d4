using Madoguchi.Core.Data;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Madoguchi.Data.Postgres;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the web host or a server.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<MadoguchiDb>
{
    public MadoguchiDb CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<MadoguchiDb>();
        PostgresSetup.Configure(options, "Host=127.0.0.1;Database=madoguchi_design_time");
        return new MadoguchiDb(options.Options);
    }
}
