using System.Net;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace AnalisaAI.Api.Features.SocialData;

public static class SocialDataFeature
{
    /// <summary>Binds and validates <c>SocialData</c> at start-up and registers the configured source.</summary>
    public static IHostApplicationBuilder AddSocialData(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSocialData(builder.Configuration);
        return builder;
    }

    /// <summary>
    /// The registration behind <see cref="AddSocialData(IHostApplicationBuilder)"/>. Tests call it on their own
    /// service collection and may tighten the resilience settings (shorter timeouts and delays) through
    /// <paramref name="configureResilience"/>, which runs after <see cref="ConfigureGraphResilience"/>.
    /// </summary>
    public static IServiceCollection AddSocialData(
        this IServiceCollection services,
        IConfiguration configuration,
        Action<HttpStandardResilienceOptions>? configureResilience = null)
    {
        var section = configuration.GetSection(SocialDataOptions.Section);
        services.AddOptions<SocialDataOptions>()
            .Bind(section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ISocialSourceBudget, SocialSourceBudget>();

        // The source is chosen once, at registration; an invalid value fails here, naming the key.
        var source = section.GetValue(nameof(SocialDataOptions.Source), SocialDataSourceKind.Stored);
        if (source == SocialDataSourceKind.InstagramGraph)
        {
            services.AddHttpClient<ISocialDataSource, InstagramGraphSocialDataSource>((provider, client) =>
                {
                    var options = provider.GetRequiredService<IOptions<SocialDataOptions>>().Value.InstagramGraph;
                    client.BaseAddress = new Uri(options.BaseUrl.TrimEnd('/') + "/");

                    // The resilience handler's total timeout is the real limit.
                    client.Timeout = Timeout.InfiniteTimeSpan;
                })
                .AddStandardResilienceHandler(resilience =>
                {
                    ConfigureGraphResilience(resilience);
                    configureResilience?.Invoke(resilience);
                });
        }
        else
        {
            services.AddScoped<ISocialDataSource, StoredSocialDataSource>();
        }

        return services;
    }

    /// <summary>
    /// Production resilience for the Graph API: 10 s per attempt, 30 s in all, 3 retries with exponential
    /// back-off and jitter on transient failures (network errors, timeouts, 408, 429, 5xx; never 400/401/403,
    /// which is how the Graph API reports bad tokens, unknown users and its own rate limits), and a circuit
    /// breaker that opens for 30 s when half of at least 10 calls in a minute fail.
    /// </summary>
    public static void ConfigureGraphResilience(HttpStandardResilienceOptions options)
    {
        options.AttemptTimeout.Timeout = TimeSpan.FromSeconds(10);
        options.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(30);

        options.Retry.MaxRetryAttempts = 3;
        options.Retry.BackoffType = DelayBackoffType.Exponential;
        options.Retry.UseJitter = true;
        options.Retry.Delay = TimeSpan.FromSeconds(1);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(8);

        // A 429 that asks to wait longer than a retry would is not retried: it becomes a rate-limit failure
        // at once instead of sitting out the total timeout.
        options.Retry.ShouldHandle = args => ValueTask.FromResult(
            HttpClientResiliencePredicates.IsTransient(args.Outcome)
            && !AsksToWaitLongerThan(args.Outcome.Result, options.Retry.MaxDelay));

        options.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(60);
        options.CircuitBreaker.MinimumThroughput = 10;
        options.CircuitBreaker.FailureRatio = 0.5;
        options.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(30);
    }

    private static bool AsksToWaitLongerThan(HttpResponseMessage? response, TimeSpan? limit)
    {
        if (response is not { StatusCode: HttpStatusCode.TooManyRequests, Headers.RetryAfter: { } retryAfter } || limit is null)
        {
            return false;
        }

        var wait = retryAfter.Delta ?? (retryAfter.Date - DateTimeOffset.UtcNow);
        return wait > limit;
    }
}
