namespace AnalisaAI.Api.Features.Influencers.ListInfluencers;

/// <summary>The orders a listing can take; each breaks ties by id so that pages are stable.</summary>
public enum ListInfluencersSort
{
    Handle,
    HandleDescending,
    Relevance,
    RelevanceDescending,
    UpdatedAt,
    UpdatedAtDescending,
    DataAsOf,
    DataAsOfDescending,
    EngagementRate,
    EngagementRateDescending,
    Followers,
    FollowersDescending,
    Growth30,
    Growth30Descending,
    ErPercentile,
    ErPercentileDescending,
}
