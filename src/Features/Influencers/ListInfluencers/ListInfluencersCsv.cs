using System.Runtime.CompilerServices;
using AnalisaAI.Api.Features.Influencers.LoadListItems;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;

namespace AnalisaAI.Api.Features.Influencers.ListInfluencers;

/// <summary>
/// The catalogue's list items as CSV (docs/api.md, Export): the columns, and a download that streams influencers
/// in the order given, <see cref="BatchSize"/> at a time, each batch's items built by <see cref="LoadListItemsQuery"/>
/// with a fixed number of queries. The catalogue's export and saved lists' export both use it, so an influencer
/// reads the same in both.
/// </summary>
public static class ListInfluencersCsv
{
    /// <summary>Rows read and sent at a time: few queries per row, one batch in memory.</summary>
    public const int BatchSize = 500;

    private const string FlagSeparator = ";";

    public static readonly IReadOnlyList<string> Columns =
    [
        "id", "handle", "platform", "displayName", "followers", "relevance", "engagementRate", "engagementRatePublic",
        "erPercentile", "followerTier", "growthRate30", "raisedFlags", "dataAsOf", "calculatedAt",
    ];

    /// <summary>A streamed file of these influencers in this order; an id with no influencer (deleted meanwhile) is left out.</summary>
    public static CsvDownload Download(IReadOnlyList<Guid> influencerIds, ISender sender, string fileName) =>
        new(fileName, Columns, Batches(influencerIds, sender));

    public static void WriteRow(CsvWriter csv, ListInfluencersItem item)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(item);
        var metrics = item.Metrics;
        csv.Text(item.Id.ToString())
            .Text(item.Handle)
            .Text(ApiEnum.Name(item.Platform))
            .Text(item.DisplayName)
            .Number(item.Followers)
            .Number(metrics?.Relevance.Overall)
            .Number(metrics?.Engagement.EngagementRate)
            .Number(metrics?.Engagement.EngagementRatePublic)
            .Number(item.ErPercentile)
            .Text(item.FollowerTier)
            .Number(metrics?.Growth.GrowthRate30)
            .Text(item.RaisedFlags is { } flags ? string.Join(FlagSeparator, flags) : null)
            .Time(item.DataAsOf)
            .Time(metrics?.CalculatedAt)
            .EndRow();
    }

    private static async IAsyncEnumerable<Action<CsvWriter>> Batches(
        IReadOnlyList<Guid> influencerIds, ISender sender, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var start = 0; start < influencerIds.Count; start += BatchSize)
        {
            var ids = influencerIds.Skip(start).Take(BatchSize).ToArray();
            var items = (await sender.Send(new LoadListItemsQuery(ids), cancellationToken)).Items;
            yield return csv =>
            {
                foreach (var item in items)
                {
                    WriteRow(csv, item);
                }
            };
        }
    }
}
