namespace AnalisaAI.Api.Features.MetricsUpdate.Claims;

/// <summary>
/// The order claims take picked influencers in (after the never-updated ones): with <c>hotFirst</c>, hot ones
/// due (within <c>lead</c> of their HotTargetAge or past it) go first, oldest first, then everything else by
/// how overdue it is (age / target age); without, all by how overdue they are. Hot first holds only while the
/// hot set fits in the source's budget, else the hot ones alone could take every call.
/// </summary>
public static class ClaimOrder
{
    public static IEnumerable<Guid> Order(
        IEnumerable<ClaimCandidate> candidates, DateTime now, TimeSpan hotTarget, TimeSpan target, TimeSpan lead, bool hotFirst)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        return candidates
            .DistinctBy(c => c.Id)
            .OrderBy(c => hotFirst && c.Hot && now - c.AsOf >= hotTarget - lead ? 0 : 1)
            .ThenByDescending(c => (now - c.AsOf) / (c.Hot ? hotTarget : target))
            .ThenBy(c => c.Id)
            .Select(c => c.Id);
    }

    /// <summary>Whether keeping every hot influencer within HotTargetAge fits in <paramref name="callsPerHour"/> (null: no call budget).</summary>
    public static bool HotSetFits(int hot, TimeSpan hotTarget, int? callsPerHour) =>
        callsPerHour is not { } budget || hot * (TimeSpan.FromHours(1) / hotTarget) <= budget;
}
