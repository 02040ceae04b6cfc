using System.Net;
using System.Net.Http.Json;
using AnalisaAI.Api.Features.MetricsUpdate.Runs;
using AnalisaAI.IntegrationTests.Infrastructure;
using AnalisaAI.IntegrationTests.Lists;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.IntegrationTests.Persistence;

/// <summary>
/// A lost connection, made on SQLite by <see cref="DatabaseFaults"/> (issue 23): a request is retried where nothing
/// of it can have committed, and otherwise answers 503 with Retry-After, never 500, without doing anything twice; a
/// metrics run the database failed under runs again instead of being left failed.
/// </summary>
public sealed class TransientDatabaseFailureTests(FaultyDatabaseApiFactory factory) : IClassFixture<FaultyDatabaseApiFactory>
{
    [Fact]
    public async Task A_read_whose_connection_is_lost_is_retried_and_answers_200()
    {
        var analyst = await factory.CreateAnalystClientAsync();

        factory.Faults.FailBeforeSending(2, matching: "FROM \"SavedLists\"");
        var lists = await analyst.GetAsync(ListsApi.Route);

        lists.StatusCode.Should().Be(HttpStatusCode.OK);
        factory.Faults.Thrown.Should().BeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public async Task A_request_the_database_keeps_failing_answers_503_with_retry_after()
    {
        var analyst = await factory.CreateAnalystClientAsync();

        factory.Faults.FailBeforeSending(100, matching: "FROM \"SavedLists\"");
        var lists = await analyst.GetAsync(ListsApi.Route);
        factory.Faults.FailBeforeSending(0);

        lists.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        lists.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(3));
        var problem = await lists.ReadProblemAsync();
        problem["detail"]!.GetValue<string>().Should().Contain("database");
        factory.Logs.Lines.Should().Contain(l => l.Message.StartsWith("Database unavailable for", StringComparison.Ordinal)
            && l.Message.Contains("/api/lists", StringComparison.Ordinal) && l.Level == Microsoft.Extensions.Logging.LogLevel.Warning);
    }

    [Fact]
    public async Task A_session_check_the_database_cannot_answer_is_a_503_not_a_401()
    {
        var analyst = await factory.CreateAnalystClientAsync();
        factory.Time.Advance(TimeSpan.FromSeconds(5)); // past the session check's cache

        factory.Faults.FailBeforeSending(100, matching: "FROM \"RefreshTokens\"");
        var me = await analyst.GetAsync("/api/auth/me");
        factory.Faults.FailBeforeSending(0);

        me.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable, "the token may be good: the client must not sign out");
        me.Headers.RetryAfter.Should().NotBeNull();
        (await analyst.GetAsync("/api/auth/me")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_transaction_that_failed_before_its_commit_is_retried_whole_and_stores_once()
    {
        var analyst = await factory.CreateAnalystClientAsync();
        var name = $"Retried {Guid.NewGuid():N}"[..20];

        // The create's INSERT fails as sent: its transaction rolls back, and the unit runs again.
        factory.Faults.FailBeforeSending(1, matching: "INSERT INTO \"SavedLists\"");
        var created = await analyst.PostAsJsonAsync(ListsApi.Route, new { name });

        created.StatusCode.Should().Be(HttpStatusCode.Created);
        (await factory.WithDbAsync(db => db.SavedLists.CountAsync(l => l.Name == name))).Should().Be(1);
    }

    [Fact]
    public async Task A_commit_whose_answer_is_lost_is_not_retried_and_answers_503_having_stored_once()
    {
        var analyst = await factory.CreateAnalystClientAsync();
        var name = $"Lost {Guid.NewGuid():N}"[..20];

        // The commit happens, then the connection drops: the app cannot know, so it must not create the list again.
        factory.Faults.LoseCommitAnswer(1);
        var created = await analyst.PostAsJsonAsync(ListsApi.Route, new { name });

        created.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        created.Headers.RetryAfter.Should().NotBeNull();
        (await factory.WithDbAsync(db => db.SavedLists.CountAsync(l => l.Name == name))).Should().Be(1, "the commit went through once");
    }

    [Fact]
    public async Task A_write_outside_a_transaction_whose_answer_is_lost_is_not_retried()
    {
        var admin = await factory.CreateAdminClientAsync();
        var id = (await factory.AddInfluencersAsync(1))[0];

        // Recording a manual run is one INSERT, which commits by itself: it ran, then the answer was lost.
        factory.Faults.LoseAnswerAfterRunning(1, matching: "INSERT INTO \"MetricRuns\"");
        var recalculate = await admin.PostAsync($"/api/influencers/{id}/metrics/recalculate", null);

        recalculate.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        recalculate.Headers.RetryAfter.Should().NotBeNull();
        (await factory.RunsAsync()).Where(r => r.InfluencerId == id).Should().ContainSingle("the INSERT ran once and was not run again");

        // Asked again, it is accepted (joining the recorded run while it waits), and what was recorded runs.
        var again = await admin.PostAsync($"/api/influencers/{id}/metrics/recalculate", null);
        again.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var runs = await TestData.EventuallyAsync(factory.RunsAsync, r => r.Where(run => run.InfluencerId == id).All(run => run.Status == RunStatus.Succeeded));
        runs.Where(r => r.InfluencerId == id).Should().OnlyContain(r => r.Status == RunStatus.Succeeded);
    }

    [Fact]
    public async Task A_run_whose_commit_loses_the_database_runs_again_and_succeeds_without_a_back_off()
    {
        var admin = await factory.CreateAdminClientAsync();
        var id = (await factory.AddInfluencersAsync(1))[0];

        // The run's results fail to save as sent, three times: the commit is never retried in place, the run is.
        factory.Faults.FailBeforeSending(3, matching: "INSERT INTO \"EngagementResults\"");
        var accepted = await admin.PostAsync($"/api/influencers/{id}/metrics/recalculate", null);
        accepted.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var runId = (await accepted.ReadJsonAsync())["runId"]!.GetValue<Guid>();

        var runs = await TestData.EventuallyAsync(factory.RunsAsync, r => r.Any(run => run.Id == runId && run.Status == RunStatus.Succeeded), seconds: 60);
        runs.Should().ContainSingle(r => r.Id == runId).Which.Status.Should().Be(RunStatus.Succeeded, "a lost connection is not the influencer's failure");
        factory.Faults.Thrown.Should().BeGreaterThanOrEqualTo(3);
        factory.Logs.Lines.Should().Contain(l => l.Message.StartsWith("The database was unavailable during run", StringComparison.Ordinal));
        var state = await factory.ClaimStateAsync(id);
        state!.ConsecutiveFailures.Should().Be(0);
    }
}
