using AnalisaAI.Api.Features.Metrics.Benchmark;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AnalisaAI.Api.Infrastructure.Persistence.Configurations;

/// <summary>
/// One row per influencer that has had a run, kept after its deletion as a tombstone (hence no foreign key to
/// the influencer). Read by sequence: every instance asks for what was written since it last looked.
/// </summary>
internal sealed class BenchmarkEntryConfiguration : IEntityTypeConfiguration<BenchmarkEntry>
{
    public void Configure(EntityTypeBuilder<BenchmarkEntry> builder)
    {
        builder.ToTable("BenchmarkEntries");
        builder.HasKey(e => e.InfluencerId);
        builder.Property(e => e.Platform).HasMaxLength(BenchmarkEntry.PlatformMaxLength);
        builder.Property(e => e.Tier).HasMaxLength(BenchmarkEntry.TierMaxLength);
        builder.Property(e => e.PreviousTier).HasMaxLength(BenchmarkEntry.TierMaxLength);
        builder.HasIndex(e => e.Sequence);
    }
}
