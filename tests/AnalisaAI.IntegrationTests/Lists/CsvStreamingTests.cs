using System.Net;
using AnalisaAI.Api.Features.Influencers.ListInfluencers;
using AnalisaAI.IntegrationTests.Influencers;

namespace AnalisaAI.IntegrationTests.Lists;

/// <summary>
/// The export streams: with the client not reading, the app stops after the few batches the connection's buffer
/// holds (64 KiB in the test server, as a socket's would) instead of reading the whole catalogue into memory, and
/// goes on reading batches only as the client takes rows. The database commands show where it is.
/// </summary>
public sealed class CsvStreamingTests(CommandCountingApiFactory factory) : IClassFixture<CommandCountingApiFactory>
{
    private const int Rows = 5 * ListInfluencersCsv.BatchSize;

    [Fact]
    public async Task Rows_go_out_as_batches_are_read_and_reading_waits_for_the_client()
    {
        var admin = await factory.CreateAdminClientAsync();

        // Long display names: each batch's rows are larger than what the connection buffers.
        await ListsApi.AddBareInfluencersAsync(factory, Rows, "stream.", i => $"Creator {i} " + new string('x', 200));
        factory.ResetCommands();

        using var response = await admin.SendAsync(ListsApi.CsvRequest($"{InfluencerApi.Route}?sort=handle"), HttpCompletionOption.ResponseHeadersRead);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentLength.Should().BeNull("the length is not known before the end");
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        (await reader.ReadLineAsync()).Should().StartWith("id,handle,");
        (await reader.ReadLineAsync()).Should().Contain(",stream.00000,");

        var whileWaiting = await SettledCommandsAsync();
        var rest = 0;
        while (await reader.ReadLineAsync() is not null)
        {
            rest++;
        }

        rest.Should().Be(Rows - 1);
        factory.Commands.Should().BeGreaterThan(whileWaiting, "later batches are read only once the client has taken the earlier rows");
    }

    /// <summary>The command count once it has not moved for half a second: the app is waiting for the client.</summary>
    private async Task<int> SettledCommandsAsync()
    {
        var count = factory.Commands;
        var still = 0;
        while (still < 5)
        {
            await Task.Delay(100);
            var now = factory.Commands;
            still = now == count ? still + 1 : 0;
            count = now;
        }

        return count;
    }
}
