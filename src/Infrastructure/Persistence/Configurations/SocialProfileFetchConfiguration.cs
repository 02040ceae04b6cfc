using AnalisaAI.Api.Features.Influencers;
using AnalisaAI.Api.Features.SocialData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AnalisaAI.Api.Infrastructure.Persistence.Configurations;

internal sealed class SocialProfileFetchConfiguration : IEntityTypeConfiguration<SocialProfileFetch>
{
    public void Configure(EntityTypeBuilder<SocialProfileFetch> builder)
    {
        builder.ToTable("SocialProfileFetches");
        builder.HasKey(f => f.InfluencerId);
        builder.HasOne<Influencer>().WithMany().HasForeignKey(f => f.InfluencerId).OnDelete(DeleteBehavior.Cascade);
    }
}
