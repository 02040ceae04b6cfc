using AnalisaAI.Api.Features.Influencers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AnalisaAI.Api.Infrastructure.Persistence.Configurations;

internal sealed class InfluencerConfiguration : IEntityTypeConfiguration<Influencer>
{
    public void Configure(EntityTypeBuilder<Influencer> builder)
    {
        builder.Property(i => i.Handle).HasMaxLength(Influencer.HandleMaxLength);
        builder.Property(i => i.NormalizedHandle).HasMaxLength(Influencer.HandleMaxLength);
        builder.Property(i => i.DisplayName).HasMaxLength(Influencer.DisplayNameMaxLength);
        builder.Property(i => i.Biography).HasMaxLength(Influencer.BiographyMaxLength);
        builder.Property(i => i.LastUpdateError).HasMaxLength(Influencer.LastUpdateErrorMaxLength);
        builder.Property(i => i.Version).IsConcurrencyToken();

        // The update's claim, back-off and interest: columns of the influencer row that only their owners in the
        // MetricsUpdate feature know (shadow properties), so the catalogue's entity does not carry another feature's state.
        builder.Property<DateTime?>("ClaimedUntil");
        builder.Property<DateTime?>("RetryNotBefore");
        builder.Property<int>("ConsecutiveFailures");
        builder.Property<DateTime?>("LastViewedAt");
        builder.HasIndex(i => new { i.Platform, i.NormalizedHandle }).IsUnique();

        // The update's claims: never-updated and the oldest in (UpdatedAt, Id) order, and the ones viewed lately.
        builder.HasIndex(i => new { i.UpdatedAt, i.Id });
        builder.HasIndex("LastViewedAt");

        // Data age: the oldest data first, for ordering the work by how stale the data is.
        builder.HasIndex(i => new { i.DataAsOf, i.Id });
        builder.HasIndex(i => i.RelevanceOverall);
        builder.Property(i => i.FollowerTier).HasMaxLength(Influencer.FollowerTierMaxLength);
        builder.Property(i => i.DataConfidence).HasMaxLength(Influencer.DataConfidenceMaxLength);
        builder.Property(i => i.RaisedFlags).HasMaxLength(Influencer.RaisedFlagsMaxLength);
        builder.HasIndex(i => new { i.ErPercentile, i.Id });
        builder.HasIndex(i => new { i.EngagementRate, i.Id });
        builder.HasIndex(i => new { i.GrowthRate30, i.Id });
        builder.HasIndex(i => new { i.Followers, i.Id });

        builder.HasMany(i => i.Categories).WithMany(c => c.Influencers).UsingEntity("InfluencerCategories");
        builder.HasMany<Post>().WithOne().HasForeignKey(p => p.InfluencerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany<Story>().WithOne().HasForeignKey(s => s.InfluencerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany<AudienceSnapshot>().WithOne().HasForeignKey(s => s.InfluencerId).OnDelete(DeleteBehavior.Cascade);
    }
}
