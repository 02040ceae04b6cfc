using AnalisaAI.Api.Features.Influencers;
using AnalisaAI.Api.Features.Metrics.Benchmark;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AnalisaAI.Api.Infrastructure.Persistence.Configurations;

/// <summary>
/// One row per influencer with a run. The (platform, tier, value) indexes carry calculatedAt and the influencer,
/// so the benchmark's counts and ordered reads are index-only; (platform, calculatedAt) finds the entries after T.
/// </summary>
internal sealed class BenchmarkEntryConfiguration : IEntityTypeConfiguration<BenchmarkEntry>
{
    public void Configure(EntityTypeBuilder<BenchmarkEntry> builder)
    {
        builder.ToTable("BenchmarkEntries");
        builder.HasKey(e => e.InfluencerId);
        builder.Property(e => e.Platform).HasMaxLength(BenchmarkEntry.PlatformMaxLength);
        builder.Property(e => e.Tier).HasMaxLength(BenchmarkEntry.TierMaxLength);
        builder.HasIndex(e => new { e.Platform, e.Tier, e.EngagementRatePublic, e.CalculatedAt, e.InfluencerId })
            .HasDatabaseName("IX_BenchmarkEntries_Er");
        builder.HasIndex(e => new { e.Platform, e.Tier, e.GrowthRate30, e.CalculatedAt, e.InfluencerId })
            .HasDatabaseName("IX_BenchmarkEntries_Growth30");
        builder.HasIndex(e => new { e.Platform, e.CalculatedAt });
        builder.HasOne<Influencer>().WithOne().HasForeignKey<BenchmarkEntry>(e => e.InfluencerId).OnDelete(DeleteBehavior.Cascade);
    }
}
