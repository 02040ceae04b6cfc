using System.Net.Sockets;
using AnalisaAI.Api.Features.SocialData;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;

namespace AnalisaAI.IntegrationTests.SocialData;

/// <summary>How each test builds the source against its stub and reads the outcome.</summary>
public sealed partial class InstagramGraphSocialDataSourceTests
{
    private ServiceProvider BuildServices(string baseUrl, Action<HttpStandardResilienceOptions>? adjust = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SocialData:Source"] = "InstagramGraph",
            ["SocialData:InstagramGraph:BaseUrl"] = baseUrl,
            ["SocialData:InstagramGraph:AccessToken"] = Token,
            ["SocialData:InstagramGraph:BusinessAccountId"] = BusinessAccountId,
        }).Build();

        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        services.AddSingleton<ISocialSourceBudget, UnlimitedSourceBudget>();
        services.AddSocialData(configuration, resilience =>
        {
            // The production shape with short clocks: 4 attempts of at most 1 s (room for a loaded CI machine,
            // where a first answer can take more than 300 ms), 10/20/40 ms apart.
            resilience.AttemptTimeout.Timeout = TimeSpan.FromSeconds(1);
            resilience.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(8);
            resilience.Retry.Delay = TimeSpan.FromMilliseconds(10);
            resilience.Retry.MaxDelay = TimeSpan.FromMilliseconds(100);
            resilience.Retry.UseJitter = false;
            resilience.Retry.BackoffType = DelayBackoffType.Exponential;
            adjust?.Invoke(resilience);
        });
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    private async Task<SocialProfile> FetchAsync(string baseUrl)
    {
        await using var services = BuildServices(baseUrl);
        await using var scope = services.CreateAsyncScope();
        var source = scope.ServiceProvider.GetRequiredService<ISocialDataSource>();
        source.Should().BeOfType<InstagramGraphSocialDataSource>();
        return await source.FetchProfileAsync(Account, CancellationToken.None);
    }

    private async Task<SocialDataException> FailAsync(string baseUrl)
    {
        await using var services = BuildServices(baseUrl);
        return await FailAsync(services);
    }

    private async Task<SocialDataException> FailAsync(ServiceProvider services, SocialAccount? account = null)
    {
        await using var scope = services.CreateAsyncScope();
        var source = scope.ServiceProvider.GetRequiredService<ISocialDataSource>();
        var act = () => source.FetchProfileAsync(account ?? Account, CancellationToken.None);
        var error = (await act.Should().ThrowExactlyAsync<SocialDataException>()).Which;

        // Short and safe to store: no token, no URL, anywhere in the exception chain.
        error.Message.Length.Should().BeLessThan(200);
        error.ToString().Should().NotContain(Token).And.NotContain(BusinessAccountId).And.NotContain("fields=");
        AssertNoTokenInLogs();
        return error;
    }

    private void AssertNoTokenInLogs()
    {
        foreach (var form in new[] { Token, Uri.EscapeDataString(Token), System.Net.WebUtility.UrlEncode(Token) })
        {
            logs.Lines.Should().NotContain(line => line.Message.Contains(form, StringComparison.OrdinalIgnoreCase)
                || (line.Exception != null && line.Exception.ToString().Contains(form, StringComparison.OrdinalIgnoreCase)), form);
        }
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
