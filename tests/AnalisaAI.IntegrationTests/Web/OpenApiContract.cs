namespace AnalisaAI.IntegrationTests.Web;

/// <summary>What api.md says that the OpenAPI document must say too: its operations, names, types and closed sets.</summary>
public static class OpenApiContract
{
    /// <summary>The counts of api.md: on every write they are integers from 0 to 10^12.</summary>
    public static readonly HashSet<string> Counts =
        ["followers", "following", "postsCount", "likes", "comments", "shares", "saves", "views", "reach", "impressions", "exits", "replies",
         "gained", "lost", "profileViews"];

    /// <summary>Every operation of api.md (the dashboard, Swagger UI and the Prometheus text aside).</summary>
    public static readonly string[] ContractOperations =
    [
        "post /api/auth/register", "post /api/auth/login", "post /api/auth/refresh", "post /api/auth/logout", "get /api/auth/me",
        "post /api/auth/change-password", "get /api/auth/sessions", "delete /api/auth/sessions/{id}", "delete /api/auth/sessions",
        "get /api/users", "post /api/users/{id}/disable", "post /api/users/{id}/enable", "delete /api/users/{id}/sessions", "post /api/invitations",
        "get /api/influencers", "post /api/influencers", "get /api/influencers/{id}", "put /api/influencers/{id}", "delete /api/influencers/{id}",
        "post /api/influencers/{id}/posts", "post /api/influencers/{id}/stories", "post /api/influencers/{id}/audience-snapshots",
        "post /api/influencers/{id}/metrics/recalculate", "get /api/influencers/{id}/metrics", "get /api/influencers/{id}/metrics/history",
        "get /api/influencers/{id}/audience", "get /api/influencers/{id}/posts",
        "get /api/lists", "post /api/lists", "put /api/lists/{id}", "delete /api/lists/{id}", "get /api/lists/{id}/items",
        "post /api/lists/{id}/items", "delete /api/lists/{id}/items/{influencerId}",
        "get /api/metric-updates", "get /api/metric-updates/freshness", "get /health/live", "get /health/ready",
    ];

    /// <summary>Contract names (api.md) whose values form a closed set, as properties or query parameters.</summary>
    public static readonly HashSet<string> ClosedSets =
        ["platform", "contentType", "role", "status", "trigger", "state", "tier", "followerTier", "dataConfidence", "flag", "sort", "tokenType", "raisedFlags"];

    public static readonly HashSet<string> Integers =
        ["page", "pageSize", "limit", "totalCount", "minFollowers", "maxFollowers", "followers", "following", "postsCount", "likes", "comments",
         "shares", "saves", "views", "reach", "impressions", "exits", "replies", "gained", "lost", "profileViews", "expiresIn", "received", "inserted", "updated", "added"];

    public static readonly HashSet<string> Numbers = ["minRelevance", "minEngagementRate", "maxEngagementRate", "minErPercentile"];

    public static readonly HashSet<string> Booleans = ["noFlags", "lowConfidenceLast", "useCookies", "includeCurrent"];

    public static readonly HashSet<string> Times = ["date", "from", "to", "at", "dataAsOf"];

    /// <summary>
    /// Response members api.md lets be absent: a problem's detail (RFC 9457) and errors (validation failures only),
    /// and the token pair's refreshToken in cookie mode. Every other response member is always written.
    /// </summary>
    public static readonly string[] SometimesAbsent = ["detail", "errors", "refreshToken"];

    /// <summary>The query parameters of api.md by operation (path and method); an operation not listed takes none.</summary>
    public static readonly Dictionary<string, HashSet<string>> QueryParameters = new()
    {
        ["get /api/influencers"] =
        [
            "platform", "category", "minRelevance", "search", "tier", "minFollowers", "maxFollowers", "minEngagementRate", "maxEngagementRate",
            "minErPercentile", "flag", "noFlags", "sort", "lowConfidenceLast", "page", "pageSize",
        ],
        ["get /api/influencers/{id}/metrics/history"] = ["from", "to", "limit"],
        ["get /api/influencers/{id}/audience"] = ["from", "to"],
        ["get /api/influencers/{id}/posts"] = ["page", "pageSize"],
        ["get /api/users"] = ["page", "pageSize", "search"],
        ["delete /api/auth/sessions"] = ["includeCurrent"],
        ["post /api/auth/login"] = ["useCookies"],
        ["post /api/auth/refresh"] = ["useCookies"],
        ["post /api/auth/logout"] = ["useCookies"],
        // influencerId is the project's addition (docs/api.md), narrowing the run log to one influencer.
        ["get /api/metric-updates"] = ["limit", "influencerId"],
    };

    /// <summary>Operations that take no token (api.md).</summary>
    public static readonly HashSet<string> Anonymous =
        ["post /api/auth/login", "post /api/auth/register", "post /api/auth/refresh", "post /api/auth/logout", "get /health/live", "get /health/ready"];
}
