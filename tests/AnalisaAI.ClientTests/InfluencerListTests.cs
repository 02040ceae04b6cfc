using AnalisaAI.Client;
using AnalisaAI.Client.Api.Influencers;
using AnalisaAI.Client.Models.Influencers;
using AnalisaAI.Client.Models.Influencers.CreateInfluencer;
using AnalisaAI.Client.Models.Microsoft.AspNetCore.Http;
using Microsoft.Kiota.Abstractions.Serialization;

namespace AnalisaAI.ClientTests;

/// <summary>The influencer list's filters, sort and paging as the contract names and types them.</summary>
public sealed class InfluencerListTests(ClientApiFactory factory) : IClassFixture<ClientApiFactory>, IAsyncLifetime
{
    private static readonly long[] InstagramFollowers = [1_000, 2_000, 3_000, 4_000, 5_000];

    private AnalisaAIClient admin = null!;

    public async Task InitializeAsync()
    {
        admin = await factory.SignInAsAdminAsync();
        if ((await admin.Api.Influencers.GetAsync())!.TotalCount > 0)
        {
            return;
        }

        foreach (var followers in InstagramFollowers)
        {
            await InfluencerSeed.CreateAsync(admin, $"insta.{followers}", CreateInfluencerCommand_platform.Instagram, followers);
        }

        // More followers than any Instagram account: a platform filter that let them through would show them first.
        await InfluencerSeed.CreateAsync(admin, "tiktok.big", CreateInfluencerCommand_platform.Tiktok, 90_000);
        await InfluencerSeed.CreateAsync(admin, "youtube.big", CreateInfluencerCommand_platform.Youtube, 80_000);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Platform_sort_and_paging_narrow_and_order_the_list()
    {
        var page = await admin.Api.Influencers.GetAsync(request =>
        {
            request.QueryParameters.Platform = GetPlatformQueryParameterType.Instagram;
            request.QueryParameters.Sort = GetSortQueryParameterType.Minus_followers;
            request.QueryParameters.LowConfidenceLast = false;
            request.QueryParameters.Page = 2;
            request.QueryParameters.PageSize = 2;
        });

        page!.TotalCount.Should().Be(InstagramFollowers.Length);
        page.Page.Should().Be(2);
        page.PageSize.Should().Be(2);
        page.Items!.Select(i => i.Followers).Should().Equal(3_000L, 2_000L);
        page.Items!.Should().OnlyContain(i => i.Platform == Platform.Instagram);
    }

    [Fact]
    public void The_client_writes_each_parameter_under_its_contract_name_with_its_type()
    {
        var request = admin.Api.Influencers.ToGetRequestInformation(r =>
        {
            r.QueryParameters.Platform = GetPlatformQueryParameterType.Tiktok;
            r.QueryParameters.Sort = GetSortQueryParameterType.Minus_followers;
            r.QueryParameters.Page = 3;
            r.QueryParameters.PageSize = 25;
            r.QueryParameters.MinFollowers = 10_000_000_000;
            r.QueryParameters.NoFlags = true;
        });

        // The adapter fills the base address in when it sends; this request is only built.
        request.PathParameters["baseurl"] = ClientApiFactory.BaseAddress.GetLeftPart(UriPartial.Authority);
        var query = request.URI.Query.TrimStart('?').Split('&').Order().ToArray();

        query.Should().Equal("minFollowers=10000000000", "noFlags=true", "page=3", "pageSize=25", "platform=tiktok", "sort=-followers");
    }

    [Fact]
    public async Task A_page_size_over_the_limit_is_a_typed_validation_problem_naming_the_parameter()
    {
        var call = () => admin.Api.Influencers.GetAsync(r => r.QueryParameters.PageSize = 1_000);

        var problem = (await call.Should().ThrowAsync<HttpValidationProblemDetails>()).Which;
        problem.ResponseStatusCode.Should().Be(400);
        problem.Status.Should().Be(400);
        problem.TraceId.Should().NotBeNullOrEmpty();
        // Kiota has no typed maps: errors' entries come as untyped JSON, each an array of messages.
        var messages = problem.Errors!.AdditionalData["pageSize"].Should().BeOfType<UntypedArray>().Subject.GetValue();
        messages.Should().ContainSingle().Which.Should().BeOfType<UntypedString>().Which.GetValue().Should().Contain("pageSize");
    }
}
