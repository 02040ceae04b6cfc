using AnalisaAI.Api.Features.Influencers;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Infrastructure.Persistence;

/// <summary>The SQL Server flavour of <see cref="AppDbContext"/>; owns the migrations under Migrations/SqlServer.</summary>
public sealed class SqlServerAppDbContext(DbContextOptions<SqlServerAppDbContext> options) : AppDbContext(options)
{
    /// <summary>Binary collation: external ids differ by case alone (YouTube's do), as they already do on SQLite.</summary>
    private const string CaseSensitive = "Latin1_General_100_BIN2";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Post>().Property(p => p.ExternalId).UseCollation(CaseSensitive);
        modelBuilder.Entity<Story>().Property(s => s.ExternalId).UseCollation(CaseSensitive);
    }
}
