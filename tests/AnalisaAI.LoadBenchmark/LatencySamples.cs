using System.Diagnostics;

namespace AnalisaAI.LoadBenchmark;

/// <summary>Latencies of one path (e.g. refresh on one app), collected from any number of clients.</summary>
public sealed class LatencySamples
{
    private readonly List<double> milliseconds = [];
    private int errors;

    public int Count
    {
        get
        {
            lock (milliseconds)
            {
                return milliseconds.Count;
            }
        }
    }

    public int Errors => Volatile.Read(ref errors);

    /// <summary>Times one call; a failed or timed-out call counts as an error, not as a latency.</summary>
    public async Task<T?> TimeAsync<T>(Func<Task<T>> call)
        where T : class
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var result = await call();
            Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return result;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            Interlocked.Increment(ref errors);
            return null;
        }
    }

    public double Percentile(double percent)
    {
        lock (milliseconds)
        {
            if (milliseconds.Count == 0)
            {
                return double.NaN;
            }

            milliseconds.Sort();
            var rank = (int)Math.Ceiling(percent / 100 * milliseconds.Count) - 1;
            return milliseconds[Math.Clamp(rank, 0, milliseconds.Count - 1)];
        }
    }

    /// <summary>All the samples of several, in one.</summary>
    public static LatencySamples Merge(IEnumerable<LatencySamples> parts)
    {
        var merged = new LatencySamples();
        foreach (var part in parts)
        {
            lock (part.milliseconds)
            {
                merged.milliseconds.AddRange(part.milliseconds);
            }

            merged.errors += part.Errors;
        }

        return merged;
    }

    public void Add(double elapsed)
    {
        lock (milliseconds)
        {
            milliseconds.Add(elapsed);
        }
    }
}
