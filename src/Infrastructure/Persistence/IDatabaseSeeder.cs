namespace AnalisaAI.Api.Infrastructure.Persistence;

/// <summary>Start-up data (bootstrap admin, demo data); each seeder must be idempotent.</summary>
public interface IDatabaseSeeder
{
    Task SeedAsync(CancellationToken cancellationToken);
}
