using AnalisaAI.Api.Features.Influencers;
using AnalisaAI.Api.Features.Lists;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AnalisaAI.Api.Infrastructure.Persistence.Configurations;

/// <summary>
/// The key (list, influencer) keeps an influencer in a list once, even when two adds race. Deleting the list or
/// the influencer deletes the item in the database, so an influencer's deletion needs no code here; the index on
/// the influencer keeps that cascade from scanning every list.
/// </summary>
internal sealed class SavedListItemConfiguration : IEntityTypeConfiguration<SavedListItem>
{
    public void Configure(EntityTypeBuilder<SavedListItem> builder)
    {
        builder.ToTable("SavedListItems");
        builder.HasKey(i => new { i.ListId, i.InfluencerId });
        builder.HasIndex(i => new { i.ListId, i.Position });
        builder.HasIndex(i => i.InfluencerId);
        builder.HasOne<SavedList>().WithMany().HasForeignKey(i => i.ListId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Influencer>().WithMany().HasForeignKey(i => i.InfluencerId).OnDelete(DeleteBehavior.Cascade);
    }
}
