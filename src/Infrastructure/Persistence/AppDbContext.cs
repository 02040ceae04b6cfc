using AnalisaAI.Api.Features.Auth;
using AnalisaAI.Api.Features.Influencers;
using AnalisaAI.Api.Features.Lists;
using AnalisaAI.Api.Features.MetricsUpdate.Instances;
using AnalisaAI.Api.Features.MetricsUpdate.Runs;
using AnalisaAI.Api.Features.SocialData;
using AnalisaAI.Api.Infrastructure.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Infrastructure.Persistence;

/// <summary>
/// The application's unit of work. Each provider has a subclass so that each keeps its own migrations.
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<User> Users => Set<User>();
    public DbSet<StoredRefreshToken> RefreshTokens => Set<StoredRefreshToken>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<LoginThrottle> LoginThrottles => Set<LoginThrottle>();
    public DbSet<Influencer> Influencers => Set<Influencer>();
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<Post> Posts => Set<Post>();
    public DbSet<Story> Stories => Set<Story>();
    public DbSet<AudienceSnapshot> AudienceSnapshots => Set<AudienceSnapshot>();
    public DbSet<MetricRun> MetricRuns => Set<MetricRun>();
    public DbSet<Instance> Instances => Set<Instance>();
    public DbSet<SocialSourceState> SocialSourceStates => Set<SocialSourceState>();
    public DbSet<SocialProfileFetch> SocialProfileFetches => Set<SocialProfileFetch>();
    public DbSet<SavedList> SavedLists => Set<SavedList>();
    public DbSet<SavedListItem> SavedListItems => Set<SavedListItem>();

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        // The influencer's concurrency token is renewed on every write, whatever the provider.
        foreach (var entry in ChangeTracker.Entries<Influencer>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                entry.Entity.Version = Guid.NewGuid();
            }
        }

        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        StageResultConfiguration.Apply(modelBuilder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every instant is stored as UTC and comes back marked as UTC, so JSON always ends in "Z".
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<Platform>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<ContentType>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<LatestRunStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<RunTrigger>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<RunStatus>().HaveConversion<string>().HaveMaxLength(16);
    }
}
