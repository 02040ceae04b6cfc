using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AnalisaAI.IntegrationTests.ScaleOut;

[Collection(ScaleOutCollection.Name)]
public sealed class ScaleOutStartupTests
{
    [PostgresFact]
    public async Task Three_instances_started_at_the_same_moment_on_an_empty_database_all_become_ready_with_one_admin_and_one_scheduler_schema()
    {
        await using var cluster = await ScaleOutCluster.CreateAsync();

        var instances = Enumerable.Range(1, 3).Select(i => cluster.Start($"instance-{i}")).ToList();
        await Task.WhenAll(instances.Select(instance => instance.WaitUntilReadyAsync(TimeSpan.FromSeconds(90))));

        await using var db = cluster.Db();
        (await db.Users.CountAsync()).Should().Be(1, "the bootstrap admin is created once");
        (await db.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
        instances.SelectMany(i => i.Events()).Count(e => e.Message.StartsWith("Created the bootstrap admin", StringComparison.Ordinal))
            .Should().Be(1);
        (await ScalarAsync(cluster, "SELECT count(DISTINCT instance_name) FROM qrtz_scheduler_state"))
            .Should().Be(3, "each instance checks in to the cluster under its own generated id");
        (await ScalarAsync(cluster, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'qrtz_locks'"))
            .Should().Be(1);
        instances.Should().OnlyContain(i => !i.HasExited);
    }

    private static async Task<long> ScalarAsync(ScaleOutCluster cluster, string sql)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
