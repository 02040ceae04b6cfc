using AnalisaAI.Api.Features.Influencers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AnalisaAI.Api.Infrastructure.Persistence.Configurations;

internal sealed class PostConfiguration : IEntityTypeConfiguration<Post>
{
    public void Configure(EntityTypeBuilder<Post> builder)
    {
        builder.Property(p => p.ExternalId).HasMaxLength(IIngestedItem.ExternalIdMaxLength);
        builder.HasIndex(p => new { p.InfluencerId, p.ExternalId }).IsUnique();
        builder.HasIndex(p => new { p.InfluencerId, p.PublishedAt });
    }
}
