namespace AnalisaAI.FreshnessSimulation;

/// <summary>
/// One analyst's working day: signs in once between 08:00 and 10:00, refreshes the access token every 14
/// minutes (it lives 15) until leaving between 16:00 and 19:00, and at each visit views a few popular influencers.
/// </summary>
public sealed class SimulatedUser(string email, TimeSpan signsInAt, TimeSpan leavesAt)
{
    public static readonly TimeSpan RefreshEvery = TimeSpan.FromMinutes(14);

    public string Email { get; } = email;

    public TimeSpan SignsInAt { get; } = signsInAt;

    public TimeSpan LeavesAt { get; } = leavesAt;

    public string? AccessToken { get; set; }

    public string? RefreshToken { get; set; }

    /// <summary>What this user does at <paramref name="timeOfDay"/> (minute resolution), if anything.</summary>
    public UserAction? ActionAt(TimeSpan timeOfDay)
    {
        if (timeOfDay == SignsInAt)
        {
            return UserAction.SignIn;
        }

        var since = timeOfDay - SignsInAt;
        return since > TimeSpan.Zero && timeOfDay < LeavesAt && since.Ticks % RefreshEvery.Ticks == 0 ? UserAction.Refresh : null;
    }

    public static IReadOnlyList<SimulatedUser> Plan(int count, Random random) =>
        [.. Enumerable.Range(0, count).Select(i => new SimulatedUser(
            $"analyst{i}@freshness.test",
            TimeSpan.FromHours(8) + TimeSpan.FromMinutes(random.Next(0, 120)),
            TimeSpan.FromHours(16) + TimeSpan.FromMinutes(random.Next(0, 180))))];
}

public enum UserAction
{
    SignIn,
    Refresh,
}
