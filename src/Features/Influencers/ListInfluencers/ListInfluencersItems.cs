using AnalisaAI.Api.Infrastructure.Persistence;
using Mediator;

namespace AnalisaAI.Api.Features.Influencers.ListInfluencers;

/// <summary>
/// Builds list items for influencer rows, in their order, with a fixed number of queries however many rows there
/// are: the JSON page, the CSV export and saved lists all show an influencer the same way.
/// </summary>
public static class ListInfluencersItems
{
    public static async Task<IReadOnlyList<ListInfluencersItem>> LoadAsync(
        AppDbContext db, ISender sender, IReadOnlyList<Influencer> rows, CancellationToken cancellationToken)
    {
        var responses = await InfluencerResponses.LoadAsync(db, sender, rows, viewing: false, cancellationToken);
        return [.. rows.Zip(responses, (row, response) => new ListInfluencersItem(response, row))];
    }
}
