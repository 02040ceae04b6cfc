using System.Diagnostics;
using System.Globalization;
using AnalisaAI.Api.Features.MetricsUpdate.Runs;

namespace AnalisaAI.FreshnessSimulation;

/// <summary>
/// One simulated day on the fake clock, minute by minute: the users' sign-ins, refreshes and views go
/// through the app's HTTP API, the sweep job fires every sweep interval (when on), and before the clock moves
/// on the update's background work (claims, the login runner, refresh jobs in Quartz) is waited for.
/// </summary>
public sealed class DaySimulation(SimulationOptions options, SimulationSetup setup, GraphApiStub stub, bool sweep, TextWriter progress)
{
    public static readonly DateTime Start = new(2026, 7, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly TimeSpan Step = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    private string Name => sweep ? "sweep on" : "sweep off";

    public async Task<DayResult> RunAsync()
    {
        var watch = Stopwatch.StartNew();
        using var app = new SimulatedApp(stub.BaseUrl, Start, setup.CopyDatabase());
        using var http = app.CreateClient();
        var client = new AuthClient(http);
        var users = setup.Users;
        var popular = setup.Popular;

        // The same seed gives both days the same views.
        var random = new Random(options.Seed);
        var first = await app.SampleAsync();
        var previous = first;
        var hours = new List<HourFigures>();
        var callsAtStart = stub.Calls;
        var callsBefore = callsAtStart;
        var sweepEvery = (int)(SimulatedApp.SweepInterval / Step);
        var expectedRuns = 0;
        var loginBatch = app.LoginBatchSize;
        for (var minute = 0; ; minute++)
        {
            var timeOfDay = Step * minute;
            if (minute > 0 && timeOfDay.Ticks % TimeSpan.TicksPerHour == 0)
            {
                var sample = await app.SampleAsync();
                var calls = stub.Calls - callsBefore;
                callsBefore = stub.Calls;
                hours.Add(new HourFigures(hours.Count, sample, calls, previous.Due));
                previous = sample;
                Report(string.Create(CultureInfo.InvariantCulture,
                    $"{timeOfDay:hh\\:mm} simulated: {sample.WithinByDataShare:P1} within target by data age (limit {sample.Limit:P1}), "
                    + $"{sample.WithinShare:P1} by calculation age, viewed {sample.HotWithinByData}/{sample.Hot}, {calls} source calls in the hour"), watch);
            }

            if (timeOfDay >= Day)
            {
                break;
            }

            var acted = false;
            foreach (var user in users)
            {
                switch (user.ActionAt(timeOfDay))
                {
                    case UserAction.SignIn:
                        await client.SignInAsync(user);
                        expectedRuns += loginBatch;
                        break;
                    case UserAction.Refresh:
                        await client.RefreshAsync(user);
                        expectedRuns++;
                        break;
                    default:
                        continue;
                }

                acted = true;
                for (var view = 0; view < options.ViewsPerVisit; view++)
                {
                    await client.ViewAsync(user, popular[random.Next(popular.Count)]);
                }
            }

            if (sweep && minute % sweepEvery == 0)
            {
                await app.SweepAsync();
            }

            // The clock moves only when the triggered work is done: the source's timeouts run on the app's clock.
            if (acted)
            {
                expectedRuns = await app.DrainAsync(expectedRuns);
            }

            app.Time.Advance(Step);
        }

        var runs = await app.RunsByStatusAsync();
        foreach (var run in await app.UnsuccessfulRunsAsync())
        {
            Report(run, watch);
        }

        return new DayResult(sweep, first, hours, stub.Calls - callsAtStart, runs.GetValueOrDefault(RunStatus.Succeeded),
            runs.Where(r => r.Key != RunStatus.Succeeded).Sum(r => r.Value), watch.Elapsed, app.CallsPerHour);
    }

    private void Report(string message, Stopwatch watch) =>
        progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{Name}, {watch.Elapsed.TotalSeconds,5:F0} s] {message}"));
}
