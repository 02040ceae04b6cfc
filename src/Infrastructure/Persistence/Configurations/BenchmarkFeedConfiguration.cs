using AnalisaAI.Api.Features.Metrics.Benchmark;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AnalisaAI.Api.Infrastructure.Persistence.Configurations;

/// <summary>The feed's one row, created with the schema.</summary>
internal sealed class BenchmarkFeedConfiguration : IEntityTypeConfiguration<BenchmarkFeed>
{
    public void Configure(EntityTypeBuilder<BenchmarkFeed> builder)
    {
        builder.ToTable("BenchmarkFeed");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.HasData(new BenchmarkFeed { Id = BenchmarkFeed.RowId, Sequence = 0 });
    }
}
