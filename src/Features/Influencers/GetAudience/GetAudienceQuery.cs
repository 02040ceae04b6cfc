using System.Globalization;
using Mediator;

namespace AnalisaAI.Api.Features.Influencers.GetAudience;

/// <summary>
/// The daily snapshots of [From, To] (calendar days, both inclusive). The dates stay strings until the validator
/// has checked them, so a malformed one is a 400 naming its parameter rather than a binding failure.
/// </summary>
public sealed record GetAudienceQuery(Guid InfluencerId, string? From, string? To) : IQuery<GetAudienceResponse>
{
    public const string DateFormat = "yyyy-MM-dd";
    public const int DefaultDays = 90;
    public const int MaxDays = 366;

    public static bool TryParseDate(string? value, out DateOnly date) =>
        DateOnly.TryParseExact(value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>
    /// The days asked for: a missing <c>to</c> is today, a missing <c>from</c> the start of the
    /// <see cref="DefaultDays"/> days that end at <c>to</c>. False when a given date is malformed.
    /// </summary>
    public bool TryResolve(DateOnly today, out DateOnly from, out DateOnly to)
    {
        from = default;
        to = today;
        if (To is not null && !TryParseDate(To, out to))
        {
            return false;
        }

        // Clamped, so a `to` in year 1 cannot step below the first representable day.
        from = DateOnly.FromDayNumber(Math.Max(0, to.DayNumber - (DefaultDays - 1)));
        return From is null || TryParseDate(From, out from);
    }
}
