using AnalisaAI.Api.Features.Influencers;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Infrastructure.Persistence;

/// <summary>
/// The PostgreSQL flavour of <see cref="AppDbContext"/>; owns the migrations under Migrations/PostgreSql.
/// Its default collation already compares external ids by case, and every instant is a timestamptz in UTC.
/// </summary>
public sealed class PostgreSqlAppDbContext(DbContextOptions<PostgreSqlAppDbContext> options) : AppDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // The catalogue's search matches display names with LIKE ignoring case, as on the other providers;
        // PostgreSQL's LIKE is case-sensitive except on citext (a trusted extension the database owner may add).
        modelBuilder.HasPostgresExtension("citext");
        modelBuilder.Entity<Influencer>().Property(i => i.DisplayName).HasColumnType("citext");
    }
}
