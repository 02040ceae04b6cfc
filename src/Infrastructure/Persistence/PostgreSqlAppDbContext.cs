using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Infrastructure.Persistence;

/// <summary>
/// The PostgreSQL flavour of <see cref="AppDbContext"/>; owns the migrations under Migrations/PostgreSql.
/// Its default collation already compares external ids by case, and every instant is a timestamptz in UTC.
/// </summary>
public sealed class PostgreSqlAppDbContext(DbContextOptions<PostgreSqlAppDbContext> options) : AppDbContext(options);
