using AnalisaAI.Api.Features.SocialData;
using AnalisaAI.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AnalisaAI.IntegrationTests.SocialData;

public sealed class SocialDataConfigurationTests
{
    [Fact]
    public void The_app_does_not_start_with_InstagramGraph_and_no_access_token()
    {
        using var factory = new InstagramGraphWithoutTokenFactory();

        var act = () => factory.CreateClient();

        var error = act.Should().Throw<Exception>().Which;
        Flatten(error).Should().Contain(e => e is OptionsValidationException
            && e.Message.Contains("SocialData:InstagramGraph:AccessToken is required"));
    }

    [Theory]
    [InlineData(null, "x", "SocialData:InstagramGraph:AccessToken")]
    [InlineData("token", null, "SocialData:InstagramGraph:BusinessAccountId")]
    [InlineData("token", "", "SocialData:InstagramGraph:BusinessAccountId")]
    public void InstagramGraph_settings_are_required_and_named(string? token, string? accountId, string key)
    {
        using var services = Build(new()
        {
            ["SocialData:Source"] = "InstagramGraph",
            ["SocialData:InstagramGraph:AccessToken"] = token,
            ["SocialData:InstagramGraph:BusinessAccountId"] = accountId,
        });

        var act = () => services.GetRequiredService<IOptions<SocialDataOptions>>().Value;

        act.Should().Throw<OptionsValidationException>().WithMessage($"*{key}*");
    }

    [Fact]
    public void InstagramGraph_base_url_defaults_to_graph_v21()
    {
        using var services = Build(new()
        {
            ["SocialData:Source"] = "InstagramGraph",
            ["SocialData:InstagramGraph:AccessToken"] = "token",
            ["SocialData:InstagramGraph:BusinessAccountId"] = "1784",
        });

        services.GetRequiredService<IOptions<SocialDataOptions>>().Value.InstagramGraph.BaseUrl
            .Should().Be("https://graph.facebook.com/v21.0");
        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<ISocialDataSource>().Should().BeOfType<InstagramGraphSocialDataSource>();
    }

    [Fact]
    public void Stored_is_the_default_and_needs_no_token()
    {
        using var services = Build([]);

        var options = services.GetRequiredService<IOptions<SocialDataOptions>>().Value;

        options.Source.Should().Be(SocialDataSourceKind.Stored);
        services.GetRequiredService<IServiceProviderIsService>().IsService(typeof(ISocialDataSource)).Should().BeTrue();
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<ISocialSourceBudget, UnlimitedSourceBudget>();
        services.AddSocialData(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services.BuildServiceProvider();
    }

    private static IEnumerable<Exception> Flatten(Exception error)
    {
        for (var current = error; current is not null; current = current.InnerException)
        {
            yield return current;
            if (current is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Flatten))
                {
                    yield return inner;
                }
            }
        }
    }

    private sealed class InstagramGraphWithoutTokenFactory : ApiFactory
    {
        protected override Dictionary<string, string?> Settings()
        {
            var settings = base.Settings();
            settings["SocialData:Source"] = "InstagramGraph";
            settings["SocialData:InstagramGraph:BusinessAccountId"] = "17841400000000001";
            return settings;
        }
    }
}
