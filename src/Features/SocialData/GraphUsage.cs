using System.Net.Http.Headers;
using System.Text.Json;

namespace AnalisaAI.Api.Features.SocialData;

/// <summary>
/// The usage the Graph API reports on every answer: <c>X-App-Usage</c> (<c>{"call_count","total_cputime","total_time"}</c>,
/// percentages) and <c>X-Business-Use-Case-Usage</c> (<c>{"&lt;account id&gt;":[{..., "estimated_time_to_regain_access": minutes}]}</c>).
/// </summary>
public sealed record GraphUsage(double HighestPercent, TimeSpan? TimeToRegainAccess)
{
    public const string AppUsageHeader = "X-App-Usage";
    public const string BusinessUseCaseUsageHeader = "X-Business-Use-Case-Usage";

    /// <summary>At or above this share of any figure the source pauses.</summary>
    public const double PauseAtPercent = 90;

    private static readonly string[] Figures = ["call_count", "total_cputime", "total_time"];

    public bool CallsForPause => HighestPercent >= PauseAtPercent;

    /// <summary>What the headers report; unreadable headers count as nothing reported.</summary>
    public static GraphUsage Read(HttpResponseHeaders headers)
    {
        double highest = 0;
        TimeSpan? regain = null;
        foreach (var value in Values(headers, AppUsageHeader))
        {
            highest = Math.Max(highest, HighestOf(value));
        }

        foreach (var value in Values(headers, BusinessUseCaseUsageHeader))
        {
            try
            {
                using var document = JsonDocument.Parse(value);
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                foreach (var account in document.RootElement.EnumerateObject())
                {
                    if (account.Value.ValueKind != JsonValueKind.Array)
                    {
                        continue;
                    }

                    foreach (var usage in account.Value.EnumerateArray().Where(u => u.ValueKind == JsonValueKind.Object))
                    {
                        highest = Math.Max(highest, HighestOf(usage));
                        if (usage.TryGetProperty("estimated_time_to_regain_access", out var minutes)
                            && minutes.TryGetDouble(out var m) && m > 0
                            && (regain is null || TimeSpan.FromMinutes(m) > regain))
                        {
                            regain = TimeSpan.FromMinutes(m);
                        }
                    }
                }
            }
            catch (JsonException)
            {
                // Usage is advisory; a malformed header must not fail the call.
            }
        }

        return new GraphUsage(highest, regain);
    }

    private static IEnumerable<string> Values(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values : [];

    private static double HighestOf(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object ? HighestOf(document.RootElement) : 0;
        }
        catch (JsonException)
        {
            return 0;
        }
    }

    private static double HighestOf(JsonElement usage) =>
        Figures.Select(f => usage.TryGetProperty(f, out var v) && v.TryGetDouble(out var d) ? d : 0).Max();
}
