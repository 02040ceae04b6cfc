using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AnalisaAI.IntegrationTests.Influencers;
using AnalisaAI.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.IntegrationTests.Lists;

/// <summary>Saved lists over HTTP: owner only, limits, order, and what happens when an influencer goes.</summary>
public sealed class SavedListsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Only_the_owner_reaches_a_list_and_everyone_else_gets_the_404_of_an_unknown_id_on_every_route()
    {
        var owner = await factory.CreateAnalystClientAsync();
        var other = await factory.CreateAnalystClientAsync();
        var admin = await factory.CreateAdminClientAsync();
        var influencer = (await ListsApi.AddBareInfluencersAsync(factory, 1, Prefix()))[0];
        var listId = await ListsApi.CreateIdAsync(owner, "Mine");
        (await ListsApi.AddedAsync(owner, listId, influencer)).Should().Be(1);
        var unknown = Guid.NewGuid();

        foreach (var stranger in new[] { other, admin })
        {
            foreach (var (name, send) in Routes(influencer))
            {
                var theirs = await send(stranger, listId);
                var nobodys = await send(stranger, unknown);
                theirs.StatusCode.Should().Be(HttpStatusCode.NotFound, name);
                (await ProblemWithoutIdAsync(theirs, listId)).Should().Be(await ProblemWithoutIdAsync(nobodys, unknown), name);
            }

            (await stranger.GetFromJsonAsync<JsonObject>(ListsApi.Route))!["items"]!.AsArray()
                .Should().NotContain(l => l!["id"]!.GetValue<Guid>() == listId);
        }

        var list = await ListsApi.ListAsync(owner, listId);
        list["name"]!.GetValue<string>().Should().Be("Mine", "nobody else's request changed it");
        list["itemCount"]!.GetValue<int>().Should().Be(1);

        var expected = new[] { HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.NoContent, HttpStatusCode.NoContent };
        var routes = Routes(influencer);
        for (var i = 0; i < routes.Length; i++)
        {
            (await routes[i].Send(owner, listId)).StatusCode.Should().Be(expected[i], routes[i].Name);
        }
    }

    [Fact]
    public async Task A_list_is_created_renamed_listed_newest_first_and_deleted()
    {
        var client = await factory.CreateAnalystClientAsync();
        var created = await ListsApi.CreateAsync(client, "  Summer campaign  ");
        factory.Time.Advance(TimeSpan.FromMinutes(1));
        var newer = await ListsApi.CreateIdAsync(client, "Second");

        created["name"]!.GetValue<string>().Should().Be("Summer campaign");
        created["itemCount"]!.GetValue<int>().Should().Be(0);
        created["createdAt"]!.GetValue<DateTime>().Should().Be(created["updatedAt"]!.GetValue<DateTime>());
        var lists = (await client.GetFromJsonAsync<JsonObject>(ListsApi.Route))!["items"]!.AsArray();
        lists.Select(l => l!["id"]!.GetValue<Guid>()).Should().Equal(newer, created["id"]!.GetValue<Guid>());

        var id = created["id"]!.GetValue<Guid>();
        factory.Time.Advance(TimeSpan.FromMinutes(1));
        var renamed = await client.PutAsJsonAsync($"{ListsApi.Route}/{id}", new { name = "Winter" });
        renamed.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = (await renamed.ReadJsonAsync()).AsObject();
        body["name"]!.GetValue<string>().Should().Be("Winter");
        body["updatedAt"]!.GetValue<DateTime>().Should().Be(factory.Time.GetUtcNow().UtcDateTime);
        body["createdAt"]!.GetValue<DateTime>().Should().Be(created["createdAt"]!.GetValue<DateTime>());

        (await client.DeleteAsync($"{ListsApi.Route}/{id}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await client.DeleteAsync($"{ListsApi.Route}/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetFromJsonAsync<JsonObject>(ListsApi.Route))!["items"]!.AsArray().Should().ContainSingle();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public async Task A_blank_name_is_400_naming_it(string? name)
    {
        var client = await factory.CreateAnalystClientAsync();
        var id = await ListsApi.CreateIdAsync(client);

        var created = await client.PostAsJsonAsync(ListsApi.Route, new { name });
        var renamed = await client.PutAsJsonAsync($"{ListsApi.Route}/{id}", new { name });

        foreach (var response in new[] { created, renamed })
        {
            response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            (await response.ReadProblemAsync()).ErrorKeys().Should().Equal("name");
        }
    }

    [Fact]
    public async Task A_name_is_at_most_100_characters_after_trimming()
    {
        var client = await factory.CreateAnalystClientAsync();

        (await ListsApi.CreateAsync(client, $"  {new string('a', 100)}  "))["name"]!.GetValue<string>().Should().HaveLength(100);
        var tooLong = await client.PostAsJsonAsync(ListsApi.Route, new { name = new string('a', 101) });

        tooLong.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await tooLong.ReadProblemAsync()).ErrorKeys().Should().Equal("name");
    }

    [Fact]
    public async Task The_101st_list_of_a_user_is_400_and_other_users_are_not_counted()
    {
        var client = await factory.CreateAnalystClientAsync();
        for (var i = 0; i < 100; i++)
        {
            await ListsApi.CreateIdAsync(client, $"List {i}");
        }

        var refused = await client.PostAsJsonAsync(ListsApi.Route, new { name = "One too many" });

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await refused.ReadProblemAsync();
        problem.ErrorKeys().Should().Equal("name");
        problem["errors"]!["name"]![0]!.GetValue<string>().Should().Contain("100");
        (await client.GetFromJsonAsync<JsonObject>(ListsApi.Route))!["items"]!.AsArray().Should().HaveCount(100);
        await ListsApi.CreateIdAsync(await factory.CreateAnalystClientAsync(), "Someone else's first");
    }

    [Fact]
    public async Task Items_come_in_the_order_added_and_adding_one_already_there_changes_nothing()
    {
        var client = await factory.CreateAnalystClientAsync();
        var ids = await ListsApi.AddBareInfluencersAsync(factory, 4, Prefix());
        var (a, b, c, d) = (ids[0], ids[1], ids[2], ids[3]);
        var listId = await ListsApi.CreateIdAsync(client);

        (await ListsApi.AddedAsync(client, listId, c, a, c)).Should().Be(2);
        factory.Time.Advance(TimeSpan.FromMinutes(1));
        var before = (await ListsApi.ListAsync(client, listId))["updatedAt"]!.GetValue<DateTime>();
        (await ListsApi.AddedAsync(client, listId, a, c)).Should().Be(0);
        (await ListsApi.ListAsync(client, listId))["updatedAt"]!.GetValue<DateTime>().Should().Be(before, "adding what is there changes nothing");
        (await ListsApi.AddedAsync(client, listId, b, a, d)).Should().Be(2);
        (await ListsApi.ListAsync(client, listId))["updatedAt"]!.GetValue<DateTime>().Should().Be(factory.Time.GetUtcNow().UtcDateTime);

        (await ListsApi.ItemIdsAsync(client, listId)).Should().Equal(c, a, b, d);

        factory.Time.Advance(TimeSpan.FromMinutes(1));
        (await client.DeleteAsync($"{ListsApi.Route}/{listId}/items/{a}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var afterRemoval = await ListsApi.ListAsync(client, listId);
        afterRemoval["updatedAt"]!.GetValue<DateTime>().Should().Be(factory.Time.GetUtcNow().UtcDateTime);
        afterRemoval["itemCount"]!.GetValue<int>().Should().Be(3);
        (await client.DeleteAsync($"{ListsApi.Route}/{listId}/items/{a}")).StatusCode.Should().Be(HttpStatusCode.NoContent, "removing one not there is done already");
        (await ListsApi.AddedAsync(client, listId, a)).Should().Be(1);

        (await ListsApi.ItemIdsAsync(client, listId)).Should().Equal(c, b, d, a);
        var items = (await (await client.GetAsync($"{ListsApi.Route}/{listId}/items")).ReadJsonAsync())["items"]!.AsArray();
        items[0]!.AsObject().Should().ContainKeys("handle", "platform", "followers", "metrics", "followerTier", "erPercentile", "raisedFlags", "dataAsOf");
    }

    [Fact]
    public async Task An_unknown_influencer_is_a_400_naming_it_and_nothing_is_added()
    {
        var client = await factory.CreateAnalystClientAsync();
        var known = (await ListsApi.AddBareInfluencersAsync(factory, 1, Prefix()))[0];
        var unknown = Guid.NewGuid();
        var listId = await ListsApi.CreateIdAsync(client);

        var response = await ListsApi.AddAsync(client, listId, known, unknown);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await response.ReadProblemAsync();
        problem.ErrorKeys().Should().Equal("influencerIds[1]");
        problem["errors"]!["influencerIds[1]"]![0]!.GetValue<string>().Should().Contain(unknown.ToString());
        (await ListsApi.ItemIdsAsync(client, listId)).Should().BeEmpty();
    }

    [Fact]
    public async Task An_add_takes_1_to_100_ids()
    {
        var client = await factory.CreateAnalystClientAsync();
        var listId = await ListsApi.CreateIdAsync(client);

        foreach (var ids in new[] { Array.Empty<Guid>(), Enumerable.Range(0, 101).Select(_ => Guid.NewGuid()).ToArray() })
        {
            var response = await ListsApi.AddAsync(client, listId, ids);
            response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            (await response.ReadProblemAsync()).ErrorKeys().Should().Equal("influencerIds");
        }

        var missing = await client.PostAsJsonAsync($"{ListsApi.Route}/{listId}/items", new { });
        missing.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_1001st_item_is_400_and_concurrent_adds_never_pass_the_limit()
    {
        var client = await factory.CreateAnalystClientAsync();
        var ids = await ListsApi.AddBareInfluencersAsync(factory, 1_100, Prefix());
        var full = await ListsApi.CreateIdAsync(client, "Full");
        foreach (var chunk in ids.Take(1_000).Chunk(100))
        {
            (await ListsApi.AddedAsync(client, full, chunk)).Should().Be(100);
        }

        var refused = await ListsApi.AddAsync(client, full, ids[1_000]);
        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await refused.ReadProblemAsync()).ErrorKeys().Should().Equal("influencerIds");
        (await ListsApi.AddedAsync(client, full, ids[0], ids[999])).Should().Be(0, "ids already there are not new, so the full list takes them");
        (await ListsApi.ItemIdsAsync(client, full)).Should().Equal(ids.Take(1_000));

        // 900 items, then two adds of 100 new ones at once: one fits, the other is refused; the same 50 at once: added once.
        var racing = await ListsApi.CreateIdAsync(client, "Racing");
        foreach (var chunk in ids.Take(900).Chunk(100))
        {
            await ListsApi.AddedAsync(client, racing, chunk);
        }

        var both = await Task.WhenAll(
            ListsApi.AddAsync(client, racing, [.. ids.Skip(900).Take(100)]),
            ListsApi.AddAsync(client, racing, [.. ids.Skip(1_000).Take(100)]));
        both.Select(r => r.StatusCode).Should().BeEquivalentTo([HttpStatusCode.OK, HttpStatusCode.BadRequest]);
        (await ListsApi.ListAsync(client, racing))["itemCount"]!.GetValue<int>().Should().Be(1_000);

        var same = await ListsApi.CreateIdAsync(client, "Same");
        var twice = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => ListsApi.AddAsync(client, same, [.. ids.Take(50)])));
        twice.Should().OnlyContain(r => r.StatusCode == HttpStatusCode.OK);
        var added = await Task.WhenAll(twice.Select(async r => (await r.ReadJsonAsync())["added"]!.GetValue<int>()));
        added.Sum().Should().Be(50);
        (await ListsApi.ItemIdsAsync(client, same)).Should().Equal(ids.Take(50));
    }

    [Fact]
    public async Task Deleting_an_influencer_takes_it_out_of_every_list()
    {
        var admin = await factory.CreateAdminClientAsync();
        var analyst = await factory.CreateAnalystClientAsync();
        var ids = await ListsApi.AddBareInfluencersAsync(factory, 3, Prefix());
        var mine = await ListsApi.CreateIdAsync(analyst);
        var theirs = await ListsApi.CreateIdAsync(admin);
        await ListsApi.AddedAsync(analyst, mine, [.. ids]);
        await ListsApi.AddedAsync(admin, theirs, ids[1]);

        (await admin.DeleteAsync($"{InfluencerApi.Route}/{ids[1]}")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await ListsApi.ItemIdsAsync(analyst, mine)).Should().Equal(ids[0], ids[2]);
        (await ListsApi.ListAsync(analyst, mine))["itemCount"]!.GetValue<int>().Should().Be(2);
        (await ListsApi.ItemIdsAsync(admin, theirs)).Should().BeEmpty();
        (await factory.WithDbAsync(db => db.SavedListItems.CountAsync(i => i.InfluencerId == ids[1]))).Should().Be(0);
    }

    [Fact]
    public async Task Every_list_route_needs_a_token()
    {
        var anonymous = factory.CreateClient();
        var id = Guid.NewGuid();

        foreach (var (name, send) in Routes(Guid.NewGuid()).Append(("GET /", (c, _) => c.GetAsync(ListsApi.Route))).Append(("POST /", (c, _) => c.PostAsJsonAsync(ListsApi.Route, new { name = "x" }))))
        {
            (await send(anonymous, id)).StatusCode.Should().Be(HttpStatusCode.Unauthorized, name);
        }
    }

    private static (string Name, Func<HttpClient, Guid, Task<HttpResponseMessage>> Send)[] Routes(Guid influencerId) =>
    [
        ("PUT /{id}", (c, id) => c.PutAsJsonAsync($"{ListsApi.Route}/{id}", new { name = "Renamed" })),
        ("GET /{id}/items", (c, id) => c.GetAsync($"{ListsApi.Route}/{id}/items")),
        ("GET /{id}/items as CSV", (c, id) => c.SendAsync(ListsApi.CsvRequest($"{ListsApi.Route}/{id}/items"))),
        ("POST /{id}/items", (c, id) => ListsApi.AddAsync(c, id, influencerId)),
        ("DELETE /{id}/items/{influencerId}", (c, id) => c.DeleteAsync($"{ListsApi.Route}/{id}/items/{influencerId}")),
        ("DELETE /{id}", (c, id) => c.DeleteAsync($"{ListsApi.Route}/{id}")),
    ];

    /// <summary>The problem as JSON text without what differs by request anyway (trace id) and with the list's id blanked.</summary>
    private static async Task<string> ProblemWithoutIdAsync(HttpResponseMessage response, Guid listId)
    {
        var problem = await response.ReadProblemAsync();
        problem.Remove("traceId");
        return $"{(int)response.StatusCode} {response.Content.Headers.ContentType} {problem.ToJsonString().Replace(listId.ToString(), "{id}", StringComparison.OrdinalIgnoreCase)}";
    }

    private static string Prefix() => $"l{Guid.NewGuid():N}"[..10] + ".";
}
