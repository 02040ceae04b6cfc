namespace AnalisaAI.Api.Features.Metrics;

/// <summary>The stages of a run, in the order they run; the names are what a failed run reports.</summary>
public static class MetricStage
{
    public const string Profile = "profile";
    public const string Engagement = "engagement";
    public const string Reach = "reach";
    public const string Growth = "growth";
    public const string Relevance = "relevance";

    /// <summary>Saving the run's results (a concurrent change that kept winning, or a database error).</summary>
    public const string Commit = "commit";
}
