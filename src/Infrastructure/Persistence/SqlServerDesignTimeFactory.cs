using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AnalisaAI.Api.Infrastructure.Persistence;

/// <summary>Lets `dotnet ef` build the SQL Server context without a server.</summary>
public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerAppDbContext>
{
    public SqlServerAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerAppDbContext>()
            .UseSqlServer("Server=localhost;Database=AnalisaAI;Integrated Security=false;TrustServerCertificate=true")
            .Options);
}
