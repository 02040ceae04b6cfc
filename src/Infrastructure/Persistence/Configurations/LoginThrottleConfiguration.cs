using AnalisaAI.Api.Features.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AnalisaAI.Api.Infrastructure.Persistence.Configurations;

internal sealed class LoginThrottleConfiguration : IEntityTypeConfiguration<LoginThrottle>
{
    public void Configure(EntityTypeBuilder<LoginThrottle> builder)
    {
        // The key is the unique (account, address) pair the insert-or-update relies on.
        builder.HasKey(t => new { t.UserId, t.AddressKey });
        builder.Property(t => t.AddressKey).HasMaxLength(LoginThrottle.AddressKeyMaxLength).IsUnicode(false);

        // The clean-up finds the dead rows by their last failure.
        builder.HasIndex(t => t.LastFailedAt);
        builder.HasOne<User>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
