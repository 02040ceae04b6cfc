using System.Diagnostics;

namespace AnalisaAI.LoadBenchmark;

/// <summary>One client refreshing one token family over and over, one request at a time.</summary>
public sealed class RefreshChain
{
    private static readonly TimeSpan Block = TimeSpan.FromSeconds(1);

    private readonly ServerProcess server;
    private readonly AuthClient client;
    private string refreshToken;

    private RefreshChain(ServerProcess server, AuthClient client, string refreshToken)
    {
        Name = server.Name;
        this.server = server;
        this.client = client;
        this.refreshToken = refreshToken;
    }

    public string Name { get; }
    public LatencySamples Samples { get; private set; } = new();

    /// <summary>Registers a user on the app, logs in and warms the path up (unmeasured).</summary>
    public static async Task<RefreshChain> StartAsync(ServerProcess server, AuthRoutes routes, string password)
    {
        var client = new AuthClient(server.Http, routes);
        var email = (await BenchmarkUsers.RegisterAsync(client, server.Name, 1, password))[0];
        var tokens = await client.LoginAsync(email, password);
        var chain = new RefreshChain(server, client, tokens.RefreshToken);
        await chain.RunAsync(TimeSpan.FromSeconds(2));
        await server.WaitUntilQuietAsync();
        chain.Samples = new LatencySamples();
        return chain;
    }

    /// <summary>
    /// Runs the chains in turns of one second each until each has had <paramref name="total"/>, so that
    /// whatever else the machine does spreads evenly over them. After its turn a server finishes what it
    /// deferred (the update's claims and runs) before the next one's turn starts: each server's own work
    /// lands in its own turns, never in another's.
    /// </summary>
    public static async Task InterleaveAsync(IReadOnlyList<RefreshChain> chains, TimeSpan total)
    {
        for (var turns = 0; turns < total / Block; turns++)
        {
            foreach (var chain in chains)
            {
                await chain.RunAsync(Block);
                await chain.server.WaitUntilQuietAsync();
            }
        }
    }

    private async Task RunAsync(TimeSpan duration)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            var tokens = await Samples.TimeAsync(() => client.RefreshAsync(refreshToken))
                ?? throw new InvalidOperationException($"A refresh on {Name} failed; the chain cannot go on.");
            refreshToken = tokens.RefreshToken;
        }
    }
}
