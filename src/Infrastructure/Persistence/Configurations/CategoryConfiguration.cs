using AnalisaAI.Api.Features.Influencers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AnalisaAI.Api.Infrastructure.Persistence.Configurations;

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> builder)
    {
        // Names are stored lower-cased, so the unique index is case-insensitive on every provider.
        builder.Property(c => c.Name).HasMaxLength(Category.NameMaxLength);
        builder.HasIndex(c => c.Name).IsUnique();
    }
}
