using AnalisaAI.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.UnitTests.Persistence;

/// <summary>
/// The PostgreSQL SQL of a marked query orders each nullable key by "is null" first, ascending nulls first and
/// descending nulls last; keys that cannot be null, and unmarked queries, are left as they are. (The live
/// PostgreSQL tests check the order itself.)
/// </summary>
public sealed class NullsLowestInterceptorTests
{
    [Fact]
    public void A_marked_query_orders_nullable_keys_with_missing_values_lowest()
    {
        using var context = PostgreSql();

        var ascending = context.Influencers.WithNullsLowest().OrderBy(i => i.ErPercentile).ThenBy(i => i.Id).ToQueryString();
        var descending = context.Influencers.WithNullsLowest().OrderByDescending(i => i.Followers).ThenBy(i => i.Id).ToQueryString();

        OrderBy(ascending).Should().Be("""CASE WHEN i."ErPercentile" IS NULL THEN 0 ELSE 1 END, i."ErPercentile", i."Id" """.TrimEnd());
        OrderBy(descending).Should().Be("""CASE WHEN i."Followers" IS NULL THEN 0 ELSE 1 END DESC, i."Followers" DESC, i."Id" """.TrimEnd());
    }

    [Fact]
    public void An_unmarked_query_is_left_as_it_is()
    {
        using var context = PostgreSql();

        OrderBy(context.Influencers.OrderBy(i => i.ErPercentile).ThenBy(i => i.Id).ToQueryString()).Should().Be("""i."ErPercentile", i."Id" """.TrimEnd());
    }

    private static PostgreSqlAppDbContext PostgreSql() =>
        new(new DbContextOptionsBuilder<PostgreSqlAppDbContext>().UseNpgsql("Host=none;Database=none").AddInterceptors(new NullsLowestInterceptor()).Options);

    /// <summary>The ORDER BY clause, its whitespace collapsed.</summary>
    private static string OrderBy(string sql) =>
        string.Join(' ', sql[(sql.IndexOf("ORDER BY ", StringComparison.Ordinal) + "ORDER BY ".Length)..]
            .Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
}
