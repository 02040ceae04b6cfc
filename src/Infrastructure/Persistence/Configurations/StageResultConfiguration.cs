using System.ComponentModel.DataAnnotations;
using System.Reflection;
using AnalisaAI.Api.Features.Metrics;
using AnalisaAI.Api.Features.MetricsUpdate.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace AnalisaAI.Api.Infrastructure.Persistence.Configurations;

/// <summary>
/// Maps every stage result (each <see cref="StageResult{TMetrics}"/> in the app) without a line per stage: a
/// table named after the result (EngagementResult: EngagementResults), keyed by its run and deleted with it,
/// its metrics record stored as one column per field, named as the field. A list of names (a relevance
/// score's estimated components, the raised flags) is stored comma-separated, in at most 100 characters unless
/// the field says otherwise with [MaxLength]; a list of records is stored as JSON text.
/// </summary>
internal static class StageResultConfiguration
{
    private const int NameListMaxLength = 100;

    public static void Apply(ModelBuilder modelBuilder)
    {
        var results = typeof(StageResult).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, BaseType.IsGenericType: true } && t.BaseType.GetGenericTypeDefinition() == typeof(StageResult<>));
        foreach (var result in results)
        {
            typeof(StageResultConfiguration).GetMethod(nameof(Configure), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(result, result.BaseType!.GetGenericArguments()[0])
                .Invoke(null, [modelBuilder]);
        }
    }

    private static void Configure<TResult, TMetrics>(ModelBuilder modelBuilder)
        where TResult : StageResult<TMetrics>
        where TMetrics : class
    {
        var builder = modelBuilder.Entity<TResult>();
        builder.ToTable(typeof(TResult).Name + "s");
        builder.HasKey(r => r.RunId);
        builder.HasOne<MetricRun>().WithOne().HasForeignKey<TResult>(r => r.RunId).OnDelete(DeleteBehavior.Cascade);
        builder.ComplexProperty(r => r.Metrics, metrics =>
        {
            foreach (var property in typeof(TMetrics).GetProperties())
            {
                var column = metrics.Property(property.Name).HasColumnName(property.Name);
                if (property.PropertyType == typeof(IReadOnlyList<string>))
                {
                    var maxLength = property.GetCustomAttribute<MaxLengthAttribute>()?.Length ?? NameListMaxLength;
                    column.HasMaxLength(maxLength).HasConversion(new NameListConverter(), NameListComparer);
                }
                else if (property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
                {
                    // A list of records (the signals' flags with their evidence) is stored as one JSON text.
                    typeof(JsonColumn).GetMethod(nameof(JsonColumn.Configure))!
                        .MakeGenericMethod(property.PropertyType.GetGenericArguments()[0])
                        .Invoke(null, [column]);
                }
            }
        });
    }

    private static readonly ValueComparer<IReadOnlyList<string>> NameListComparer = new(
        (a, b) => a!.SequenceEqual(b!),
        names => names.Aggregate(0, (hash, name) => HashCode.Combine(hash, name.GetHashCode(StringComparison.Ordinal))),
        names => names.ToArray());

    private sealed class NameListConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<IReadOnlyList<string>, string>(
        names => string.Join(',', names),
        stored => stored.Length == 0 ? Array.Empty<string>() : stored.Split(',', StringSplitOptions.None));
}
