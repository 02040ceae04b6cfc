using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Metrics.Benchmark;

/// <summary>
/// The one-row counter that numbers the writes of <see cref="BenchmarkEntry"/>. A transaction takes the next number
/// first, and its update holds the row until the transaction ends, so numbers are committed in order on every
/// provider: whoever has read up to n has seen every write numbered n or less.
/// </summary>
public sealed class BenchmarkFeed
{
    public const int RowId = 1;

    public int Id { get; set; }
    public long Sequence { get; set; }

    /// <summary>The next number; call it inside the transaction that writes the entry, before anything else it locks.</summary>
    public static async Task<long> NextAsync(DbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var feed = db.Set<BenchmarkFeed>().Where(f => f.Id == RowId);
        await feed.ExecuteUpdateAsync(set => set.SetProperty(f => f.Sequence, f => f.Sequence + 1), cancellationToken);
        return await feed.Select(f => f.Sequence).SingleAsync(cancellationToken);
    }
}
