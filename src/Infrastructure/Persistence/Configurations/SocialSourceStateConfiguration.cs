using AnalisaAI.Api.Features.SocialData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AnalisaAI.Api.Infrastructure.Persistence.Configurations;

internal sealed class SocialSourceStateConfiguration : IEntityTypeConfiguration<SocialSourceState>
{
    public void Configure(EntityTypeBuilder<SocialSourceState> builder)
    {
        builder.ToTable("SocialSources");
        builder.HasKey(s => s.Name);
        builder.Property(s => s.Name).HasMaxLength(SocialSourceState.NameMaxLength);
        builder.Property(s => s.PauseReason).HasMaxLength(SocialSourceState.PauseReasonMaxLength);
        builder.Property(s => s.RejectedFingerprint).HasMaxLength(SocialSourceState.FingerprintLength);
    }
}
