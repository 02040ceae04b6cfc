using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Infrastructure.Persistence;

/// <summary>
/// Orders a query as SQLite and SQL Server do on every provider: a null key is the lowest value, first ascending
/// and last descending. PostgreSQL sorts nulls as the highest value; on it, <see cref="NullsLowestInterceptor"/>
/// rewrites the orderings of a query marked here. The mark is a query tag, so it travels with the query to
/// whatever runs it (a page, a count, an export).
/// </summary>
public static class NullsLowest
{
    public const string Tag = "order: nulls lowest";

    /// <summary>Marks the query: its orderings on nullable keys put nulls lowest on every provider.</summary>
    public static IQueryable<T> WithNullsLowest<T>(this IQueryable<T> query) => query.TagWith(Tag);
}
