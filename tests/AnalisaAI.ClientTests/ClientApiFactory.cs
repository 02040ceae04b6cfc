using System.Security.Cryptography;
using AnalisaAI.Client;
using AnalisaAI.Client.Models.Auth.Login;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Data.Sqlite;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace AnalisaAI.ClientTests;

/// <summary>
/// The whole app in-process, as the integration tests' ApiFactory starts it (its own SQLite files, a signing key
/// and a bootstrap admin made per run, no demo data, the automatic update off), reached only through the Kiota
/// client generated from docs/openapi.json. One per test class, through IClassFixture.
/// </summary>
public sealed class ClientApiFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@analisaai.test";

    /// <summary>HTTPS, as a real deployment: the refresh cookie is Secure and is sent back only over it.</summary>
    public static readonly Uri BaseAddress = new("https://localhost/");

    private readonly string folder = Path.Combine(Path.GetTempPath(), "analisaai-client-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Made per run, never stored: no secret lives in the repository.</summary>
    public string AdminPassword { get; } = "bootstrap-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(12));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(folder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Default", $"Data Source={Path.Combine(folder, "analisaai.db")}");
        builder.UseSetting("Jwt:SigningKey", Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)));
        builder.UseSetting("Auth:BootstrapAdmin:Email", AdminEmail);
        builder.UseSetting("Auth:BootstrapAdmin:Password", AdminPassword);
        builder.UseSetting("Seed:Demo", "false");
        // Off: a sign-in would otherwise recalculate influencers behind the tests' backs; manual runs still work.
        builder.UseSetting("MetricsUpdate:Enabled", "false");
        builder.UseSetting("MetricsUpdate:Sweep:Interval", "00:00:00");
        builder.UseSetting("RateLimiting:Login:PermitLimit", "10000");
        builder.UseSetting("RateLimiting:Refresh:PermitLimit", "10000");
    }

    /// <summary>
    /// A generated client over Kiota's own handler chain (retry, redirect, parameter names, ...) ending in the
    /// in-process server, with a cookie jar like a browser's. With a token, every request carries it as bearer.
    /// </summary>
    public AnalisaAIClient CreateKiotaClient(string? accessToken = null)
    {
        var handlers = KiotaClientFactory.CreateDefaultHandlers();
        handlers.Add(new CookieContainerHandler());
        var http = CreateDefaultClient(BaseAddress, [.. handlers]);
        IAuthenticationProvider authentication = accessToken is null
            ? new AnonymousAuthenticationProvider()
            : new BaseBearerTokenAuthenticationProvider(new StaticAccessTokenProvider(accessToken, BaseAddress.Host));
        var adapter = new HttpClientRequestAdapter(authentication, httpClient: http)
        {
            // The document's only server is "/" (relative), which Kiota leaves to the caller.
            BaseUrl = BaseAddress.GetLeftPart(UriPartial.Authority),
        };
        return new AnalisaAIClient(adapter);
    }

    /// <summary>Signs the bootstrap admin in through the client and returns a client carrying its access token.</summary>
    public async Task<AnalisaAIClient> SignInAsAdminAsync()
    {
        var tokens = await CreateKiotaClient().Api.Auth.Login.PostAsync(new LoginCommand { Email = AdminEmail, Password = AdminPassword });
        return CreateKiotaClient(tokens!.AccessToken);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left to the temp folder's own clean-up.
        }
    }
}
