using AnalisaAI.Api.Features.Auth;
using AnalisaAI.Api.Features.Lists;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AnalisaAI.Api.Infrastructure.Persistence.Configurations;

internal sealed class SavedListConfiguration : IEntityTypeConfiguration<SavedList>
{
    public void Configure(EntityTypeBuilder<SavedList> builder)
    {
        builder.ToTable("SavedLists");
        builder.Property(l => l.Name).HasMaxLength(SavedList.NameMaxLength);

        // The owner's lists, newest first.
        builder.HasIndex(l => new { l.OwnerId, l.CreatedAt });
        builder.HasOne<User>().WithMany().HasForeignKey(l => l.OwnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
