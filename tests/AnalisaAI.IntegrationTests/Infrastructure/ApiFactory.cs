using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using AnalisaAI.Api.Features.MetricsUpdate.Claims;
using AnalisaAI.Api.Infrastructure.Persistence;
using AnalisaAI.IntegrationTests.Infrastructure.OpenApi;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace AnalisaAI.IntegrationTests.Infrastructure;

/// <summary>
/// The whole app over HTTP, on its own SQLite file (one per test class, through IClassFixture), with a
/// controllable clock and captured log lines. Subclasses change settings through <see cref="Settings"/>.
/// Every client it makes checks every response against the OpenAPI document the app serves
/// (<see cref="ResponseValidationHandler"/>): a response that breaks it fails the test that got it.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Start = new(2026, 6, 30, 12, 0, 0, TimeSpan.Zero);

    public const string AdminEmail = "admin@analisaai.test";

    // Set while this factory's own CreateDefaultClient builds a client, so a client made past it (through a
    // reference typed as the base class, whose methods these hide) fails at once instead of going unchecked.
    [ThreadStatic]
    private static bool creatingCheckedClient;

    public ApiFactory()
    {
        var folder = Path.Combine(Path.GetTempPath(), "analisaai-tests");
        Directory.CreateDirectory(folder);
        DatabasePath = Path.Combine(folder, $"{GetType().Name}-{Guid.NewGuid():N}.db");
        ServedDocument = new ServedDocumentSource(() => Server.CreateClient());
    }

    /// <summary>The document the app serves at /swagger/v1/swagger.json, fetched once, on the first response.</summary>
    public ServedDocumentSource ServedDocument { get; }

    public FakeTimeProvider Time { get; } = new(Start);

    public LogSink Logs { get; } = new();

    public string DatabasePath { get; }

    /// <summary>Made per run, never stored: no secret lives in the repository.</summary>
    public string AdminPassword { get; } = "bootstrap-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(12));

    public string SigningKey { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));

    protected virtual string EnvironmentName => "Testing";

    /// <summary>Configuration the app starts with; override to add or change keys.</summary>
    protected virtual Dictionary<string, string?> Settings()
    {
        var settings = BaseSettings();

        // Tests register accounts freely. Outside Development the default would be InviteOnly; Development keeps
        // its own default (Open), so that default is what its tests see.
        if (EnvironmentName != "Development")
        {
            settings["Auth:Registration"] = "Open";
        }

        return settings;
    }

    private Dictionary<string, string?> BaseSettings() => new()
    {
        ["ConnectionStrings:Default"] = $"Data Source={DatabasePath}",
        ["Jwt:SigningKey"] = SigningKey,
        ["Auth:BootstrapAdmin:Email"] = AdminEmail,
        ["Auth:BootstrapAdmin:Password"] = AdminPassword,
        ["Seed:Demo"] = "false",

        // Off unless a test is about it: a login would otherwise recalculate whatever a test set up.
        ["MetricsUpdate:Enabled"] = "false",
        ["MetricsUpdate:Sweep:Interval"] = "00:00:00",
        ["RateLimiting:Login:PermitLimit"] = "10000",
        ["RateLimiting:Refresh:PermitLimit"] = "10000",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        foreach (var (key, value) in Settings())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Time);
            services.AddSingleton<ILoggerProvider>(Logs);
            ConfigureServices(services);
        });
    }

    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>One influencer's claim and back-off, asked of their owner.</summary>
    public async Task<ClaimState?> ClaimStateAsync(Guid influencerId)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ClaimStore>().GetAsync(influencerId, CancellationToken.None);
    }

    /// <summary>The claim and back-off of every influencer.</summary>
    public async Task<IReadOnlyList<ClaimState>> ClaimStatesAsync()
    {
        var ids = await WithDbAsync(db => db.Influencers.Select(i => i.Id).ToListAsync());
        var states = new List<ClaimState>();
        foreach (var id in ids)
        {
            states.Add((await ClaimStateAsync(id))!);
        }

        return states;
    }

    public new HttpClient CreateClient() => CreateClient(ClientOptions);

    public new HttpClient CreateClient(WebApplicationFactoryClientOptions options) =>
        CreateDefaultClient(options.BaseAddress, [.. DefaultHandlers(options)]);

    /// <summary>A client through <paramref name="handlers"/>, with the response check innermost: it sees every response, redirects included.</summary>
    public new HttpClient CreateDefaultClient(params DelegatingHandler[] handlers)
    {
        creatingCheckedClient = true;
        try
        {
            return base.CreateDefaultClient([.. handlers, new ResponseValidationHandler(ServedDocument) { Survey = SurveyViolations }]);
        }
        finally
        {
            creatingCheckedClient = false;
        }
    }

    public new HttpClient CreateDefaultClient(Uri baseAddress, params DelegatingHandler[] handlers)
    {
        var client = CreateDefaultClient(handlers);
        client.BaseAddress = baseAddress;
        return client;
    }

    /// <summary>Whether violations are recorded (<see cref="ContractSurvey"/>, a diagnosis run) rather than thrown.</summary>
    protected virtual bool SurveyViolations => ContractSurvey.IsOn;

    protected override void ConfigureClient(HttpClient client)
    {
        if (!creatingCheckedClient)
        {
            throw new InvalidOperationException(
                "This client would skip the OpenAPI response check: create clients through ApiFactory's own CreateClient/CreateDefaultClient.");
        }

        base.ConfigureClient(client);
    }

    // What WebApplicationFactoryClientOptions gives the base class's clients (its own list is internal).
    private static IEnumerable<DelegatingHandler> DefaultHandlers(WebApplicationFactoryClientOptions options)
    {
        if (options.AllowAutoRedirect)
        {
            yield return new RedirectHandler(options.MaxAutomaticRedirections);
        }

        if (options.HandleCookies)
        {
            yield return new CookieContainerHandler();
        }
    }

    public async Task<HttpClient> CreateAdminClientAsync()
    {
        var client = CreateClient();
        var tokens = await client.LoginAsync(AdminEmail, AdminPassword);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        return client;
    }

    public async Task<HttpClient> CreateAnalystClientAsync()
    {
        var client = CreateClient();
        var email = $"analyst-{Guid.NewGuid():N}@analisaai.test";
        const string password = "correct horse battery";
        var registered = await client.PostAsJsonAsync("/api/auth/register", new { email, password, displayName = "Analyst" });
        registered.EnsureSuccessStatusCode();
        var tokens = await client.LoginAsync(email, password);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        return client;
    }

    /// <summary>Leaves the database file behind on dispose, for a test that starts the app again on it.</summary>
    public bool KeepDatabase { get; set; }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!KeepDatabase)
        {
            DeleteDatabase(DatabasePath);
        }
    }

    public static void DeleteDatabase(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, DatabaseConnection.SchedulerFileFor(path) }.SelectMany(f => new[] { f, f + "-wal", f + "-shm" }))
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
                // A file still held open is left to the temp folder's own clean-up.
            }
        }
    }
}
