using AnalisaAI.Api.Features.MetricsUpdate;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AnalisaAI.Api.Infrastructure.Persistence.Configurations;

internal sealed class MetricsUpdateInstanceConfiguration : IEntityTypeConfiguration<MetricsUpdateInstance>
{
    public void Configure(EntityTypeBuilder<MetricsUpdateInstance> builder) =>
        builder.Property(i => i.Id).HasMaxLength(MetricsUpdateInstance.IdMaxLength);
}
