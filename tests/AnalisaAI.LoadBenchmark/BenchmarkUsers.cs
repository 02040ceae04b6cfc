namespace AnalisaAI.LoadBenchmark;

/// <summary>Accounts registered through the app's own endpoint before a phase, one per client.</summary>
public static class BenchmarkUsers
{
    public static async Task<IReadOnlyList<string>> RegisterAsync(AuthClient client, string prefix, int count, string password)
    {
        var emails = Enumerable.Range(1, count).Select(i => $"{prefix}{i}@loadbenchmark.test").ToList();
        foreach (var email in emails)
        {
            await client.RegisterAsync(email, password);
        }

        return emails;
    }
}
