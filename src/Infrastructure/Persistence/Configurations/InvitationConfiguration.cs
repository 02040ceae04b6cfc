using AnalisaAI.Api.Features.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AnalisaAI.Api.Infrastructure.Persistence.Configurations;

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.Property(i => i.Email).HasMaxLength(254);
        builder.Property(i => i.NormalizedEmail).HasMaxLength(254);
        builder.HasIndex(i => i.NormalizedEmail);
        builder.Property(i => i.Role).HasMaxLength(16);
        builder.Property(i => i.TokenHash).HasMaxLength(64).IsFixedLength().IsUnicode(false);
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasIndex(i => i.CreatedAt);

        // Accounts are disabled, never deleted; Restrict keeps SQL Server free of a second cascade path to users.
        builder.HasOne<User>().WithMany().HasForeignKey(i => i.CreatedBy).OnDelete(DeleteBehavior.Restrict);
    }
}
