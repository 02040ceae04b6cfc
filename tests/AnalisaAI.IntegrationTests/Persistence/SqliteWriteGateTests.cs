using System.Net;
using System.Net.Http.Json;
using AnalisaAI.Api.Infrastructure.Persistence;
using AnalisaAI.Api.Infrastructure.Threading;
using AnalisaAI.Api.Infrastructure.Web;
using AnalisaAI.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AnalisaAI.IntegrationTests.Persistence;

/// <summary>
/// The app's SQLite writers take the write lock in turn through <see cref="SqliteWriteGate"/>: every writer
/// gets its turn, and a transaction that ends in any way (even abandoned) gives the gate back. A writer that
/// had to go on without the gate logs it, so these tests fail on a leaked turn.
/// </summary>
public sealed class SqliteWriteGateTests
{
    private const string TouchNothing = """UPDATE "Influencers" SET "Followers" = "Followers" WHERE 0 = 1""";
    private const string WentOnWithoutIt = "went on without it";

    [Fact]
    public async Task Write_transactions_from_many_scopes_at_once_all_commit_in_turn()
    {
        await using var factory = new ApiFactory();
        var ids = await factory.AddInfluencersAsync(16);

        await Task.WhenAll(ids.Select(id => Task.Run(async () =>
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await TransientFailureRetries.InTransactionAsync(db, async token =>
            {
                var influencer = await db.Influencers.SingleAsync(i => i.Id == id, token);
                influencer.Followers = 4242;
                await db.SaveChangesAsync(token);
                await db.Influencers.Where(i => i.Id == id).ExecuteUpdateAsync(set => set.SetProperty(i => i.Following, (long?)7), token);
            }, CancellationToken.None);
        })));

        var stored = await factory.WithDbAsync(db => db.Influencers.Where(i => ids.Contains(i.Id)).ToListAsync());
        stored.Should().HaveCount(16).And.OnlyContain(i => i.Followers == 4242 && i.Following == 7);
        factory.Logs.Lines.Should().NotContain(l => l.Message.Contains(WentOnWithoutIt, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_request_that_finds_the_writer_taken_is_recorded_as_contention()
    {
        await using var factory = new ApiFactory();
        var admin = await factory.CreateAdminClientAsync();
        var waits = factory.Services.GetRequiredService<WriterWaits>();
        var before = waits.SinceRequestWaited;

        Task<HttpResponseMessage> created;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            // Background work holds the writer; a request that writes must wait for it.
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.Database.ExecuteSqlRawAsync(TouchNothing);
            created = admin.PostAsJsonAsync("/api/influencers", new { handle = "waits_for_the_writer", platform = "instagram" });
            await TestData.EventuallyAsync(() => Task.FromResult(waits.SinceRequestWaited), since => since < TimeSpan.FromMinutes(1));
            await transaction.CommitAsync();
        }

        (await created).StatusCode.Should().Be(HttpStatusCode.Created);
        before.Should().Be(TimeSpan.MaxValue, "no request had waited before");
        waits.SinceRequestWaited.Should().BeLessThan(TimeSpan.FromMinutes(1), "the request that waited for the writer was recorded");
        factory.Services.GetRequiredService<IForegroundLoad>().SinceRequestWaitedForWriter.Should()
            .BeLessThan(TimeSpan.FromMinutes(1), "the update's budget reads it as contention");
    }

    [Fact]
    public async Task A_transaction_abandoned_without_commit_or_rollback_gives_its_turn_back()
    {
        await using var factory = new ApiFactory();
        _ = factory.CreateClient();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var transaction = await db.Database.BeginTransactionAsync();
            await db.Database.ExecuteSqlRawAsync(TouchNothing);
            await transaction.DisposeAsync();
        }

        // Lone statements and a transaction after it: each would wait out the gate's patience if the turn leaked.
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(TouchNothing));
        await factory.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.Database.ExecuteSqlRawAsync(TouchNothing);
            await transaction.CommitAsync();
            return 0;
        });

        factory.Logs.Lines.Should().NotContain(l => l.Message.Contains(WentOnWithoutIt, StringComparison.Ordinal));
    }
}
