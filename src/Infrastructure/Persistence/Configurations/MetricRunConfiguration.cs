using AnalisaAI.Api.Features.Influencers;
using AnalisaAI.Api.Features.MetricsUpdate.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AnalisaAI.Api.Infrastructure.Persistence.Configurations;

internal sealed class MetricRunConfiguration : IEntityTypeConfiguration<MetricRun>
{
    public void Configure(EntityTypeBuilder<MetricRun> builder)
    {
        builder.ToTable("MetricRuns");
        builder.Property(r => r.FailedStage).HasMaxLength(MetricRun.FailedStageMaxLength);
        builder.Property(r => r.Error).HasMaxLength(MetricRun.ErrorMaxLength);
        builder.Property(r => r.InstanceId).HasMaxLength(MetricRun.InstanceIdMaxLength);
        builder.Property(r => r.ProfileNote).HasMaxLength(MetricRun.ProfileNoteMaxLength);
        builder.HasIndex(r => r.StartedAt);

        // At most one manual run waits or runs per influencer: a second request gets that run (one filter
        // text that SQLite, SQL Server and PostgreSQL all read the same way).
        builder.HasIndex(r => r.InfluencerId).IsUnique().HasFilter("\"Status\" = 'Running' AND \"Trigger\" = 'Manual'")
            .HasDatabaseName("IX_MetricRuns_PendingManual");
        builder.HasIndex(r => new { r.InfluencerId, r.Status, r.CalculatedAt });
        builder.HasOne<Influencer>().WithMany().HasForeignKey(r => r.InfluencerId).OnDelete(DeleteBehavior.Cascade);
    }
}
