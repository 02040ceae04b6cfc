using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using AnalisaAI.Api.Features.Influencers;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace AnalisaAI.Api.Features.SocialData;

/// <summary>
/// The Instagram Graph API's business discovery: the public profile and the latest 50 media of a business or
/// creator account, looked up by username through the app's own business account. The token travels only in
/// the Authorization header; every failure becomes a <see cref="SocialDataException"/> with a short message.
/// </summary>
public sealed partial class InstagramGraphSocialDataSource(
    HttpClient http,
    IOptions<SocialDataOptions> options,
    ISocialSourceBudget budget,
    ILogger<InstagramGraphSocialDataSource> logger) : ISocialDataSource
{
    public const int MediaLimit = 50;

    private const string Api = "Instagram Graph API";

    /// <summary>Graph error codes for application, user, page and custom rate limits.</summary>
    private static readonly HashSet<int> RateLimitCodes = [4, 17, 32, 613];

    public bool IsLive => true;

    public async Task<SocialProfile> FetchProfileAsync(SocialAccount account, CancellationToken cancellationToken)
    {
        if (account.Platform != Platform.Instagram)
        {
            throw new SocialDataException($"The InstagramGraph source covers Instagram only, not {account.Platform}.");
        }

        var username = account.Handle.Trim().TrimStart('@');
        if (!UsernamePattern().IsMatch(username))
        {
            throw new SocialDataException($"'{Shorten(account.Handle)}' is not a valid Instagram username.");
        }

        if (await budget.TryAcquireAsync(account.InfluencerId, cancellationToken) is { } declined)
        {
            throw new SocialDataException(declined, SocialDataFailureKind.SourceUnavailable);
        }

        var settings = options.Value.InstagramGraph;
        using var request = new HttpRequestMessage(HttpMethod.Get, BuildRelativeUrl(settings.BusinessAccountId!, username));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.AccessToken);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var usage = GraphUsage.Read(response.Headers);
            await budget.ObserveAsync(usage, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                var failure = Failure(response.StatusCode, body, username, settings.AccessToken);
                await RecordSourceFailureAsync(failure, usage, response, cancellationToken);
                throw failure;
            }

            var profile = Map(body);
            await budget.RecordFetchAsync(account.InfluencerId, cancellationToken);
            return profile;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (SocialDataException)
        {
            throw;
        }
        catch (TimeoutRejectedException ex)
        {
            throw new SocialDataException($"{Api} did not answer in time.", ex);
        }
        catch (BrokenCircuitException ex)
        {
            throw new SocialDataException($"{Api} is failing; calls are paused for a while (circuit open).", ex);
        }
        catch (ExecutionRejectedException ex)
        {
            throw new SocialDataException($"{Api} call was rejected locally ({ex.GetType().Name}).", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new SocialDataException($"{Api} could not be reached ({ex.HttpRequestError}).", ex);
        }
        catch (OperationCanceledException ex)
        {
            throw new SocialDataException($"{Api} did not answer in time.", ex);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException)
        {
            throw new SocialDataException($"{Api} returned a response that could not be read.", ex);
        }
    }

    /// <summary>A rate limit pauses the source (for as long as the API says, else an hour); a rejected token blocks its configuration.</summary>
    private async Task RecordSourceFailureAsync(SocialDataException failure, GraphUsage usage, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (failure.Kind != SocialDataFailureKind.SourceUnavailable)
        {
            return;
        }

        if (failure.Message.Contains("access token", StringComparison.Ordinal))
        {
            await budget.RejectConfigurationAsync(cancellationToken);
            return;
        }

        var retryAfter = response.Headers.RetryAfter?.Delta;
        await budget.PauseAsync(usage.TimeToRegainAccess ?? retryAfter, "Rate limit answer.", cancellationToken);
    }

    /// <summary>Relative to the base address; the fields expression is escaped as one query value.</summary>
    internal static string BuildRelativeUrl(string businessAccountId, string username)
    {
        var fields = $"business_discovery.username({username})"
            + "{username,name,biography,followers_count,follows_count,media_count,"
            + $"media.limit({MediaLimit}){{id,timestamp,media_type,media_product_type,like_count,comments_count}}}}";
        return $"{Uri.EscapeDataString(businessAccountId.Trim())}?fields={Uri.EscapeDataString(fields)}";
    }

    private SocialDataException Failure(HttpStatusCode status, string body, string username, string? token)
    {
        var error = TryReadError(body);
        LogGraphError((int)status, error?.Code, error?.Subcode, error?.Type, error?.TraceId, Redact(error?.Message, token));

        var code = error?.Code;
        var detail = code is null ? $"HTTP {(int)status}" : $"HTTP {(int)status}, code {code}";
        if (status == HttpStatusCode.TooManyRequests || code is { } c && RateLimitCodes.Contains(c))
        {
            return new SocialDataException($"{Api} rate limit reached ({detail}); try again later.", SocialDataFailureKind.SourceUnavailable);
        }

        if (code == 190 || status == HttpStatusCode.Unauthorized)
        {
            return new SocialDataException($"{Api} rejected the access token ({detail}).", SocialDataFailureKind.SourceUnavailable);
        }

        if (code == 110 || error?.Subcode == 2207013)
        {
            return new SocialDataException(
                $"Instagram account '{username}' was not found or is not a business or creator account ({detail}).",
                SocialDataFailureKind.AccountUnavailable);
        }

        if (code is 10 or 200 or 3 || status == HttpStatusCode.Forbidden)
        {
            return new SocialDataException($"{Api} denied the request: missing permission ({detail}).");
        }

        return (int)status >= 500
            ? new SocialDataException($"{Api} is failing ({detail}).")
            : new SocialDataException($"{Api} refused the request ({detail}).");
    }

    private static GraphError? TryReadError(string body)
    {
        try
        {
            return JsonSerializer.Deserialize<GraphErrorEnvelope>(body)?.Error;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// The profile, checked against the same bounds as ingestion: a source's data is stored like an admin's, so
    /// a count beyond 10^12, an over-long name or a post from before 2004 is refused, not stored.
    /// </summary>
    private static SocialProfile Map(string body)
    {
        var envelope = JsonSerializer.Deserialize<GraphEnvelope>(body)
            ?? throw new JsonException("Empty body.");
        var user = envelope.BusinessDiscovery ?? throw new JsonException("No business_discovery in the body.");
        Bounded(user.FollowersCount, "followers_count");
        Bounded(user.FollowsCount, "follows_count");
        Bounded(user.MediaCount, "media_count");
        Fits(user.Name, Influencer.DisplayNameMaxLength, "name");
        Fits(user.Biography, Influencer.BiographyMaxLength, "biography");

        var posts = new List<SocialPost>();
        foreach (var media in user.Media?.Data ?? [])
        {
            if (media.Id is not { Length: > 0 } id || media.Timestamp is null || ContentTypeOf(media) is not { } type)
            {
                continue;
            }

            Fits(id, IIngestedItem.ExternalIdMaxLength, "media id");
            Bounded(media.LikeCount, "like_count");
            Bounded(media.CommentsCount, "comments_count");
            if (ParseTimestamp(media.Timestamp) < IngestionRules.EarliestPublishedAt.UtcDateTime)
            {
                throw new JsonException("A media timestamp is before 2004-01-01.");
            }

            // like_count is left out when the owner hides likes: reported as 0, as the API shows it.
            posts.Add(new SocialPost(id, ParseTimestamp(media.Timestamp), type, media.LikeCount ?? 0, media.CommentsCount ?? 0, Views: null));
        }

        return new SocialProfile(user.Name, user.Biography, user.FollowersCount, user.FollowsCount, user.MediaCount, posts);
    }

    private static void Bounded(long? count, string field)
    {
        if (count is < 0 or > IngestionRules.MaxCount)
        {
            throw new JsonException($"{field} is out of range (0 to 10^12).");
        }
    }

    private static void Fits(string? text, int maxLength, string field)
    {
        if (text?.Length > maxLength)
        {
            throw new JsonException($"{field} is longer than {maxLength} characters.");
        }
    }

    private static ContentType? ContentTypeOf(GraphMedia media) => media.MediaType switch
    {
        "IMAGE" => ContentType.Image,
        "VIDEO" when media.MediaProductType == "REELS" => ContentType.Reel,
        "VIDEO" => ContentType.Video,
        "CAROUSEL_ALBUM" => ContentType.Carousel,
        _ => null,
    };

    /// <summary>The Graph API writes offsets without a colon ("2026-06-29T10:00:00+0000").</summary>
    internal static DateTime ParseTimestamp(string value)
    {
        var normalized = OffsetWithoutColon().Replace(value.Trim(), "$1:$2");
        return DateTimeOffset.Parse(normalized, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).UtcDateTime;
    }

    /// <summary>The token out of an error message, as it is and in the encoded forms an error may echo it in (URL, form).</summary>
    private static string? Redact(string? message, string? token)
    {
        if (message is null || string.IsNullOrEmpty(token))
        {
            return message is null ? null : Shorten(message, 300);
        }

        foreach (var form in new[] { token, Uri.EscapeDataString(token), WebUtility.UrlEncode(token) })
        {
            message = message.Replace(form, "***", StringComparison.OrdinalIgnoreCase);
        }

        return Shorten(message, 300);
    }

    private static string Shorten(string value, int max = 40) => value.Length <= max ? value : value[..max] + "…";

    [GeneratedRegex("^[A-Za-z0-9._]{1,30}$")]
    private static partial Regex UsernamePattern();

    [GeneratedRegex(@"([+-]\d{2})(\d{2})$")]
    private static partial Regex OffsetWithoutColon();

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Instagram Graph API error: HTTP {Status}, code {Code}, subcode {Subcode}, type {Type}, fbtrace_id {TraceId}: {GraphMessage}")]
    private partial void LogGraphError(int status, int? code, int? subcode, string? type, string? traceId, string? graphMessage);
}
