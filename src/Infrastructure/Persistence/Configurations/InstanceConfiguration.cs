using AnalisaAI.Api.Features.MetricsUpdate.Instances;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AnalisaAI.Api.Infrastructure.Persistence.Configurations;

internal sealed class InstanceConfiguration : IEntityTypeConfiguration<Instance>
{
    public void Configure(EntityTypeBuilder<Instance> builder)
    {
        // The instances of the update: the table keeps its name from before the feature had folders.
        builder.ToTable("MetricsUpdateInstances");
        builder.Property(i => i.Id).HasMaxLength(Instance.IdMaxLength);
    }
}
