using AnalisaAI.Api.Features.Influencers;
using AnalisaAI.Api.Features.SocialData;
using AnalisaAI.IntegrationTests.Infrastructure;

namespace AnalisaAI.IntegrationTests.SocialData;

/// <summary>
/// The Graph source through the app's own registration (typed client and standard resilience handler)
/// against a local stub server, with the timeouts and back-off shortened so the suite stays quick.
/// </summary>
public sealed partial class InstagramGraphSocialDataSourceTests
{
    // With characters that URL and form encoding change, so the logs are checked for the encoded forms too.
    private const string Token = "EAAG-test+token/5f1c9d2e8b7a=";
    private const string BusinessAccountId = "17841400000000001";

    private static readonly SocialAccount Account = new(Guid.NewGuid(), "@Ana.Fit_", Platform.Instagram);

    private const string FullProfile = """
        {
          "business_discovery": {
            "username": "ana.fit_",
            "name": "Ana Fit",
            "biography": "Treinos e receitas",
            "followers_count": 152340,
            "follows_count": 312,
            "media_count": 981,
            "media": {
              "data": [
                { "id": "1801", "timestamp": "2026-06-29T10:00:00+0000", "media_type": "IMAGE", "media_product_type": "FEED", "like_count": 5230, "comments_count": 120 },
                { "id": "1802", "timestamp": "2026-06-27T18:30:15+0000", "media_type": "VIDEO", "media_product_type": "REELS", "like_count": 9100, "comments_count": 340 },
                { "id": "1803", "timestamp": "2026-06-25T08:05:00-0300", "media_type": "VIDEO", "media_product_type": "FEED", "like_count": 2100, "comments_count": 45 },
                { "id": "1804", "timestamp": "2026-06-23T12:00:00+0000", "media_type": "CAROUSEL_ALBUM", "media_product_type": "FEED", "comments_count": 60 }
              ],
              "paging": { "cursors": { "after": "QVFIU" } }
            },
            "id": "17841400000000002"
          },
          "id": "17841400000000001"
        }
        """;

    private readonly LogSink logs = new();

    [Fact]
    public async Task Maps_the_full_profile_and_its_media()
    {
        await using var stub = await GraphApiStub.StartAsync(200, FullProfile);

        var profile = await FetchAsync(stub.BaseUrl);

        profile.DisplayName.Should().Be("Ana Fit");
        profile.Biography.Should().Be("Treinos e receitas");
        profile.Followers.Should().Be(152340);
        profile.Following.Should().Be(312);
        profile.PostsCount.Should().Be(981);
        profile.RecentPosts.Should().Equal(
            new SocialPost("1801", new DateTime(2026, 6, 29, 10, 0, 0, DateTimeKind.Utc), ContentType.Image, 5230, 120, null),
            new SocialPost("1802", new DateTime(2026, 6, 27, 18, 30, 15, DateTimeKind.Utc), ContentType.Reel, 9100, 340, null),
            new SocialPost("1803", new DateTime(2026, 6, 25, 11, 5, 0, DateTimeKind.Utc), ContentType.Video, 2100, 45, null),
            new SocialPost("1804", new DateTime(2026, 6, 23, 12, 0, 0, DateTimeKind.Utc), ContentType.Carousel, 0, 60, null));
        profile.RecentPosts.Should().OnlyContain(p => p.PublishedAt.Kind == DateTimeKind.Utc);
    }

    [Fact]
    public async Task Sends_the_token_as_a_bearer_header_and_never_in_the_url()
    {
        await using var stub = await GraphApiStub.StartAsync(200, FullProfile);

        await FetchAsync(stub.BaseUrl);

        var request = stub.Requests.Should().ContainSingle().Subject;
        request.Authorization.Should().Be($"Bearer {Token}");
        request.Path.Should().Be($"/v21.0/{BusinessAccountId}");
        request.RawQuery.Should().NotContain(Token).And.NotContain("access_token");
        request.Fields.Should().Be(
            "business_discovery.username(Ana.Fit_){username,name,biography,followers_count,follows_count,media_count,"
            + "media.limit(50){id,timestamp,media_type,media_product_type,like_count,comments_count}}");
        AssertNoTokenInLogs();
    }

    [Fact]
    public async Task Retries_after_a_500_and_succeeds()
    {
        await using var stub = await GraphApiStub.StartAsync((context, hit) => hit == 1
            ? GraphApiStub.WriteAsync(context, 500, GraphApiStub.Error(2, "An unexpected error has occurred.", "OAuthException"))
            : GraphApiStub.WriteAsync(context, 200, FullProfile));

        var profile = await FetchAsync(stub.BaseUrl);

        profile.Followers.Should().Be(152340);
        stub.Hits.Should().Be(2);
    }

    [Fact]
    public async Task Http_429_fails_after_the_retries()
    {
        await using var stub = await GraphApiStub.StartAsync(429, GraphApiStub.Error(4, "Application request limit reached"));

        var error = await FailAsync(stub.BaseUrl);

        error.Message.Should().Contain("rate limit");
        stub.Hits.Should().Be(4, "the first attempt and 3 retries");
    }

    [Fact]
    public async Task Http_429_asking_to_wait_long_fails_at_once()
    {
        await using var stub = await GraphApiStub.StartAsync((context, _) =>
        {
            context.Response.Headers.RetryAfter = "3600";
            return GraphApiStub.WriteAsync(context, 429, GraphApiStub.Error(4, "Application request limit reached"));
        });

        var error = await FailAsync(stub.BaseUrl);

        error.Message.Should().Contain("rate limit");
        stub.Hits.Should().Be(1);
    }

    [Theory]
    [InlineData(4, 403)]
    [InlineData(17, 400)]
    [InlineData(32, 403)]
    [InlineData(613, 400)]
    public async Task Graph_rate_limit_codes_fail_as_rate_limit_without_retrying(int code, int status)
    {
        await using var stub = await GraphApiStub.StartAsync(status, GraphApiStub.Error(code, "(#" + code + ") Rate limit reached"));

        var error = await FailAsync(stub.BaseUrl);

        error.Message.Should().Contain("rate limit").And.Contain($"code {code}");
        stub.Hits.Should().Be(1);
    }

    [Fact]
    public async Task OAuth_error_190_fails_without_retrying()
    {
        await using var stub = await GraphApiStub.StartAsync(400, GraphApiStub.Error(
            190, $"Error validating access token: Session has expired. Token {Token} is invalid.", subcode: 463));

        var error = await FailAsync(stub.BaseUrl);

        error.Message.Should().Contain("access token").And.Contain("code 190");
        stub.Hits.Should().Be(1);
        AssertNoTokenInLogs();
    }

    [Fact]
    public async Task An_error_that_echoes_the_token_url_encoded_leaves_no_form_of_it_in_the_logs()
    {
        await using var stub = await GraphApiStub.StartAsync(400, GraphApiStub.Error(
            190, $"Invalid OAuth access token: access_token={Uri.EscapeDataString(Token)} or {System.Net.WebUtility.UrlEncode(Token)}"));

        var error = await FailAsync(stub.BaseUrl);

        error.Message.Should().Contain("access token");
        logs.Lines.Should().Contain(line => line.Message.Contains("***", StringComparison.Ordinal), "the control: the message was logged, redacted");
        AssertNoTokenInLogs();
    }

    [Theory]
    [InlineData("""{"business_discovery":{"followers_count":9223372036854775807}}""")]
    [InlineData("""{"business_discovery":{"follows_count":-1}}""")]
    [InlineData("""{"business_discovery":{"media":{"data":[{"id":"1","timestamp":"2026-06-29T10:00:00+0000","media_type":"IMAGE","like_count":1000000000001}]}}}""")]
    [InlineData("""{"business_discovery":{"media":{"data":[{"id":"1","timestamp":"1999-06-29T10:00:00+0000","media_type":"IMAGE"}]}}}""")]
    public async Task Data_beyond_the_ingestion_bounds_is_refused(string body)
    {
        await using var stub = await GraphApiStub.StartAsync(200, body);

        var error = await FailAsync(stub.BaseUrl);

        error.Message.Should().Contain("could not be read");
    }

    [Fact]
    public async Task A_name_longer_than_a_display_name_may_be_is_refused_and_one_at_the_limit_is_read()
    {
        await using var tooLong = await GraphApiStub.StartAsync(200, $$$"""{"business_discovery":{"name":"{{{new string('n', 201)}}}"}}""");
        await using var atLimit = await GraphApiStub.StartAsync(200, $$$"""{"business_discovery":{"name":"{{{new string('n', 200)}}}"}}""");

        (await FailAsync(tooLong.BaseUrl)).Message.Should().Contain("could not be read");
        (await FetchAsync(atLimit.BaseUrl)).DisplayName.Should().HaveLength(200);
    }

    [Fact]
    public async Task Unknown_username_fails_naming_the_account()
    {
        await using var stub = await GraphApiStub.StartAsync(400, GraphApiStub.Error(
            110, "Invalid user id", "OAuthException", subcode: 2207013));

        var error = await FailAsync(stub.BaseUrl);

        error.Message.Should().Contain("'Ana.Fit_'").And.Contain("not found");
        stub.Hits.Should().Be(1);
    }

    [Theory]
    [InlineData("<html>oops</html>")]
    [InlineData("""{"id":"17841400000000001"}""")]
    [InlineData("""{"business_discovery":{"media":{"data":[{"id":"1","timestamp":"yesterday","media_type":"IMAGE"}]}}}""")]
    public async Task A_malformed_body_fails(string body)
    {
        await using var stub = await GraphApiStub.StartAsync(200, body);

        var error = await FailAsync(stub.BaseUrl);

        error.Message.Should().Contain("could not be read");
    }

    [Fact]
    public async Task An_unreachable_host_fails()
    {
        var error = await FailAsync($"http://127.0.0.1:{UnusedPort()}/v21.0");

        error.Message.Should().Contain("could not be reached");
    }

    [Fact]
    public async Task A_slow_answer_times_out()
    {
        await using var stub = await GraphApiStub.StartAsync(async (context, _) =>
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            await GraphApiStub.WriteAsync(context, 200, FullProfile);
        });

        var error = await FailAsync(stub.BaseUrl);

        error.Message.Should().Contain("did not answer in time");
        stub.Hits.Should().Be(4, "each timed-out attempt is retried");
    }

    [Fact]
    public async Task An_open_circuit_fails_without_calling()
    {
        await using var stub = await GraphApiStub.StartAsync(503, GraphApiStub.Error(2, "Service temporarily unavailable"));
        await using var services = BuildServices(stub.BaseUrl, resilience =>
        {
            resilience.Retry.MaxRetryAttempts = 1;
            resilience.CircuitBreaker.MinimumThroughput = 2;
            resilience.CircuitBreaker.FailureRatio = 0.5;
        });

        await FailAsync(services);
        var hitsWhenOpened = stub.Hits;
        var error = await FailAsync(services);

        error.Message.Should().Contain("circuit open");
        stub.Hits.Should().Be(hitsWhenOpened);
    }

    [Theory]
    [InlineData(Platform.Tiktok)]
    [InlineData(Platform.Youtube)]
    [InlineData(Platform.Facebook)]
    public async Task Other_platforms_are_refused(Platform platform)
    {
        await using var stub = await GraphApiStub.StartAsync(200, FullProfile);
        await using var services = BuildServices(stub.BaseUrl);

        var error = await FailAsync(services, Account with { Platform = platform });

        error.Message.Should().Contain("Instagram only");
        stub.Hits.Should().Be(0);
    }

    [Theory]
    [InlineData("ana){id}")]
    [InlineData("ana fit")]
    [InlineData("")]
    public async Task A_handle_that_is_not_a_username_is_refused_without_calling(string handle)
    {
        await using var stub = await GraphApiStub.StartAsync(200, FullProfile);
        await using var services = BuildServices(stub.BaseUrl);

        var error = await FailAsync(services, Account with { Handle = handle });

        error.Message.Should().Contain("not a valid Instagram username");
        stub.Hits.Should().Be(0);
    }
}
