using System.ComponentModel.DataAnnotations;

namespace AnalisaAI.Api.Features.SocialData;

/// <summary>The <c>SocialData</c> section: which source the profile stage asks, and that source's settings.</summary>
public sealed class SocialDataOptions : IValidatableObject
{
    public const string Section = "SocialData";

    public SocialDataSourceKind Source { get; set; } = SocialDataSourceKind.Stored;

    public InstagramGraphOptions InstagramGraph { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enum.IsDefined(Source))
        {
            yield return new ValidationResult($"{Section}:Source must be 'Stored' or 'InstagramGraph'.", [nameof(Source)]);
        }

        if (Source != SocialDataSourceKind.InstagramGraph)
        {
            yield break;
        }

        const string prefix = $"{Section}:{InstagramGraphOptions.Section}";
        // The access token travels with every call: only over TLS, except to this machine (a local stub or proxy),
        // where it never crosses a network.
        if (!Uri.TryCreate(InstagramGraph.BaseUrl, UriKind.Absolute, out var baseUrl)
            || !(baseUrl.Scheme == Uri.UriSchemeHttps || (baseUrl.Scheme == Uri.UriSchemeHttp && baseUrl.IsLoopback)))
        {
            yield return new ValidationResult(
                $"{prefix}:BaseUrl must be an absolute https URL (http only to a loopback address) when {Section}:Source is InstagramGraph.",
                [nameof(InstagramGraph)]);
        }

        if (string.IsNullOrWhiteSpace(InstagramGraph.AccessToken))
        {
            yield return new ValidationResult(
                $"{prefix}:AccessToken is required when {Section}:Source is InstagramGraph (set SocialData__InstagramGraph__AccessToken).",
                [nameof(InstagramGraph)]);
        }

        if (InstagramGraph.CallsPerHour < 1 || InstagramGraph.RefetchMinAge < TimeSpan.Zero)
        {
            yield return new ValidationResult(
                $"{prefix}:CallsPerHour must be at least 1 and {prefix}:RefetchMinAge not negative.", [nameof(InstagramGraph)]);
        }

        if (string.IsNullOrWhiteSpace(InstagramGraph.BusinessAccountId))
        {
            yield return new ValidationResult(
                $"{prefix}:BusinessAccountId is required when {Section}:Source is InstagramGraph (set SocialData__InstagramGraph__BusinessAccountId).",
                [nameof(InstagramGraph)]);
        }
    }
}

public enum SocialDataSourceKind
{
    Stored,
    InstagramGraph,
}

/// <summary>The Instagram Graph API source: business discovery through the app's own business account.</summary>
public sealed class InstagramGraphOptions
{
    public const string Section = "InstagramGraph";
    public const string DefaultBaseUrl = "https://graph.facebook.com/v21.0";

    public string BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>Sent only in the Authorization header; never logged, never put in a URL or an error message.</summary>
    public string? AccessToken { get; set; }

    /// <summary>The Instagram business account id through which other accounts are discovered.</summary>
    public string? BusinessAccountId { get; set; }

    /// <summary>Calls per hour all instances together may make (the Graph API allows about 200 per token).</summary>
    [Range(1, 1_000_000)]
    public int CallsPerHour { get; set; } = 200;

    /// <summary>
    /// A profile fetched more recently than this is not fetched again: the run recomputes from stored data.
    /// The metrics update caps it at its hot target less one sweep interval (<c>MetricsUpdateOptions.RefetchMinAgeCap</c>),
    /// so a viewed influencer's data can be fetched within HotTargetAge.
    /// </summary>
    public TimeSpan RefetchMinAge { get; set; } = TimeSpan.FromHours(6);

    /// <summary>
    /// How far ahead of even pacing calls may go (<see cref="CallPacing"/>): one sweep interval, set by the
    /// metrics update so that the sweep's batch can always take its share. Not a setting of its own.
    /// </summary>
    public TimeSpan PaceAhead { get; internal set; } = TimeSpan.FromMinutes(5);
}
