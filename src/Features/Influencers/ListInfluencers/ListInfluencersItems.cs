using AnalisaAI.Api.Features.MetricsUpdate.LoadPendingRuns;
using AnalisaAI.Api.Infrastructure.Persistence;
using Mediator;

namespace AnalisaAI.Api.Features.Influencers.ListInfluencers;

/// <summary>
/// Builds list items for influencer rows, in their order, with a fixed number of queries however many rows there
/// are: the JSON page, the CSV export and saved lists all show an influencer the same way. Whether a run is
/// pending is asked of the update once for all the rows.
/// </summary>
public static class ListInfluencersItems
{
    public static async Task<IReadOnlyList<ListInfluencersItem>> LoadAsync(
        AppDbContext db, ISender sender, IReadOnlyList<Influencer> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return [];
        }

        var responses = await InfluencerResponses.LoadAsync(db, sender, rows, viewing: false, cancellationToken);
        var pending = (await sender.Send(new LoadPendingRunsQuery([.. rows.Select(r => r.Id)]), cancellationToken)).InfluencerIds;
        return [.. rows.Zip(responses, (row, response) => new ListInfluencersItem(response, row, pending.Contains(row.Id)))];
    }
}
