namespace AnalisaAI.Api.Features.Influencers.IngestAudienceSnapshots;

/// <summary>
/// One day's audience as sent. <see cref="Date"/> stays a string until validated (<c>yyyy-MM-dd</c>), so a bad
/// date is an error on <c>items[n].date</c> rather than an unreadable body.
/// </summary>
public sealed record IngestAudienceSnapshotsItem(
    string? Date,
    long? Followers,
    long? Following,
    long? Gained,
    long? Lost,
    long? ProfileViews)
{
    public const string DateFormat = "yyyy-MM-dd";
}
