using AnalisaAI.Api.Features.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AnalisaAI.Api.Infrastructure.Persistence.Configurations;

internal sealed class RefreshTokenConfiguration : IEntityTypeConfiguration<StoredRefreshToken>
{
    public void Configure(EntityTypeBuilder<StoredRefreshToken> builder)
    {
        builder.Property(t => t.TokenHash).HasMaxLength(64).IsFixedLength().IsUnicode(false);
        builder.HasIndex(t => t.TokenHash).IsUnique();
        builder.Property(t => t.RotatedBy).HasMaxLength(64).IsFixedLength().IsUnicode(false);
        builder.HasIndex(t => t.FamilyId);
        builder.Property(t => t.UserAgent).HasMaxLength(StoredRefreshToken.UserAgentMaxLength);
        builder.Property(t => t.ClientAddress).HasMaxLength(StoredRefreshToken.ClientAddressMaxLength).IsUnicode(false);
        builder.HasOne<User>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
