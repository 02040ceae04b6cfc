using AnalisaAI.Api.Features.Influencers;
using AnalisaAI.Api.Features.MetricsUpdate;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AnalisaAI.Api.Infrastructure.Persistence.Configurations;

internal sealed class MetricsUpdateRunConfiguration : IEntityTypeConfiguration<MetricsUpdateRun>
{
    public void Configure(EntityTypeBuilder<MetricsUpdateRun> builder)
    {
        builder.ToTable("MetricRuns");
        builder.Property(r => r.FailedStage).HasMaxLength(MetricsUpdateRun.FailedStageMaxLength);
        builder.Property(r => r.Error).HasMaxLength(MetricsUpdateRun.ErrorMaxLength);
        builder.Property(r => r.ProfileNote).HasMaxLength(MetricsUpdateRun.ProfileNoteMaxLength);
        builder.HasIndex(r => r.StartedAt);
        builder.HasIndex(r => new { r.InfluencerId, r.Status, r.CalculatedAt });
        builder.HasOne<Influencer>().WithMany().HasForeignKey(r => r.InfluencerId).OnDelete(DeleteBehavior.Cascade);
    }
}
