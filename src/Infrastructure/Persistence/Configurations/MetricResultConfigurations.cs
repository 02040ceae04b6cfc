using AnalisaAI.Api.Features.Metrics;
using AnalisaAI.Api.Features.Metrics.Engagement;
using AnalisaAI.Api.Features.Metrics.Growth;
using AnalisaAI.Api.Features.Metrics.Reach;
using AnalisaAI.Api.Features.Metrics.Relevance;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AnalisaAI.Api.Infrastructure.Persistence.Configurations;

/// <summary>Each stage result is keyed by its run and goes with it.</summary>
internal sealed class MetricResultConfigurations :
    IEntityTypeConfiguration<EngagementResult>,
    IEntityTypeConfiguration<ReachResult>,
    IEntityTypeConfiguration<GrowthResult>,
    IEntityTypeConfiguration<RelevanceResult>
{
    public void Configure(EntityTypeBuilder<EngagementResult> builder) => ConfigureResult(builder, r => r.RunId);
    public void Configure(EntityTypeBuilder<ReachResult> builder) => ConfigureResult(builder, r => r.RunId);
    public void Configure(EntityTypeBuilder<GrowthResult> builder) => ConfigureResult(builder, r => r.RunId);

    public void Configure(EntityTypeBuilder<RelevanceResult> builder)
    {
        ConfigureResult(builder, r => r.RunId);
        builder.Property(r => r.EstimatedComponents).HasMaxLength(100);
    }

    private static void ConfigureResult<T>(EntityTypeBuilder<T> builder, System.Linq.Expressions.Expression<Func<T, object?>> key)
        where T : class
    {
        builder.HasKey(key);
        builder.HasOne<MetricRun>().WithOne().HasForeignKey<T>(key).OnDelete(DeleteBehavior.Cascade);
    }
}
