using AnalisaAI.Api.Features.Influencers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AnalisaAI.Api.Infrastructure.Persistence.Configurations;

internal sealed class StoryConfiguration : IEntityTypeConfiguration<Story>
{
    public void Configure(EntityTypeBuilder<Story> builder)
    {
        builder.Property(s => s.ExternalId).HasMaxLength(IIngestedItem.ExternalIdMaxLength);
        builder.HasIndex(s => new { s.InfluencerId, s.ExternalId }).IsUnique();
        builder.HasIndex(s => new { s.InfluencerId, s.PublishedAt });
    }
}
