using System.Globalization;
using System.Net;

namespace AnalisaAI.Soak;

/// <summary>
/// What the traffic works on, made through the API before it starts: the users (each invited by the admin), and influencers with 60 days of
/// audience snapshots each (so their runs compute growth). Setup requests are recorded like any other.
/// </summary>
public sealed class SoakCatalogue
{
    private SoakCatalogue(IReadOnlyList<Guid> influencers, IReadOnlyList<string> users)
    {
        Influencers = influencers;
        Users = users;
    }

    public IReadOnlyList<Guid> Influencers { get; }
    public IReadOnlyList<string> Users { get; }

    public static async Task<SoakCatalogue> CreateAsync(SoakClient client, string adminToken, SoakOptions options, string password, CancellationToken cancellationToken)
    {
        var users = new List<string>();
        for (var i = 0; i < options.Users; i++)
        {
            // Registration is by invitation outside Development.
            var email = $"user{i}@soak.test";
            var invitation = await client.PostAsync("setup", i, "/api/invitations", new { email, role = "analyst" }, adminToken, cancellationToken);
            Require(invitation, HttpStatusCode.Created, "invite a user");
            var invitationToken = invitation.Json()["token"]!.GetValue<string>();
            var answer = await client.PostAsync("setup", i, "/api/auth/register", new { email, password, displayName = $"Soak user {i}", invitationToken }, null, cancellationToken);
            Require(answer, HttpStatusCode.Created, "register");
            users.Add(email);
        }

        var influencers = new List<Guid>();
        var today = DateTime.UtcNow.Date;
        for (var i = 0; i < options.Influencers; i++)
        {
            var created = await client.PostAsync("setup", i, "/api/influencers", new
            {
                handle = $"soak_{i}",
                platform = "instagram",
                displayName = $"Soak {i}",
                followers = 50_000 + (i * 1_000),
                following = 500,
                postsCount = 300,
                categories = new[] { i % 2 == 0 ? "fitness" : "travel" },
            }, adminToken, cancellationToken);
            Require(created, HttpStatusCode.Created, "create an influencer");
            var id = created.Json()["id"]!.GetValue<Guid>();
            var snapshots = Enumerable.Range(0, 60).Select(day => new
            {
                date = today.AddDays(day - 59).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                followers = 50_000 + (i * 1_000) + (day * 40),
                following = 500,
                gained = 90,
                lost = 50,
                profileViews = 1_200,
            }).ToArray();
            var ingested = await client.PostAsync("setup", i, $"/api/influencers/{id}/audience-snapshots", new { items = snapshots }, adminToken, cancellationToken);
            Require(ingested, HttpStatusCode.OK, "ingest audience snapshots");
            influencers.Add(id);
        }

        return new SoakCatalogue(influencers, users);
    }

    public static void Require(Answer answer, HttpStatusCode expected, string what)
    {
        if (!answer.Is(expected))
        {
            throw new InvalidOperationException($"Setup could not {what}: {answer.Status?.ToString(CultureInfo.InvariantCulture) ?? "no answer"} {answer.Body}");
        }
    }
}
