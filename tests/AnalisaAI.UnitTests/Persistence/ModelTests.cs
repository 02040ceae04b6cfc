using AnalisaAI.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AnalisaAI.UnitTests.Persistence;

public class ModelTests
{
    [Fact]
    public void The_sqlite_model_has_no_changes_missing_from_its_migrations()
    {
        using var context = new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=:memory:").Options);

        context.Database.HasPendingModelChanges().Should().BeFalse();
        context.Database.GetMigrations().Should().NotBeEmpty();
    }

    [Fact]
    public void The_sql_server_model_has_no_changes_missing_from_its_migrations()
    {
        using var context = SqlServerContext();

        context.Database.HasPendingModelChanges().Should().BeFalse();
        context.Database.GetMigrations().Should().NotBeEmpty();
    }

    [Fact]
    public void The_postgresql_model_has_no_changes_missing_from_its_migrations()
    {
        using var context = new PostgreSqlAppDbContext(new DbContextOptionsBuilder<PostgreSqlAppDbContext>()
            .UseNpgsql("Host=none;Database=none").Options);

        context.Database.HasPendingModelChanges().Should().BeFalse();
        context.Database.GetMigrations().Should().NotBeEmpty();
    }

    [Fact]
    public void A_sql_server_migration_script_is_generated_without_a_server()
    {
        using var context = SqlServerContext();

        var script = context.GetService<IMigrator>().GenerateScript();

        script.Should().Contain("CREATE TABLE [Influencers]").And.Contain("CREATE TABLE [Users]").And.Contain("CREATE TABLE [RefreshTokens]");
    }

    private static SqlServerAppDbContext SqlServerContext() =>
        new(new DbContextOptionsBuilder<SqlServerAppDbContext>()
            .UseSqlServer("Server=none;Database=none;TrustServerCertificate=true").Options);
}
