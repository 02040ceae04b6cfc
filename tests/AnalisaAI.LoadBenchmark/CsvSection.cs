using System.Diagnostics;
using System.Net.Http.Headers;
using AnalisaAI.TestTools;

namespace AnalisaAI.LoadBenchmark;

/// <summary>
/// The full CSV export of a catalogue of --catalogue and of --large-catalogue influencers, each with a latest run,
/// downloaded from the published app in its own process: rows, bytes, time, and the app's resident memory. The
/// app's peak is taken over the download alone (Linux: VmHWM after resetting it through clear_refs just before),
/// after one unmeasured download has warmed it up, so the two sizes compare what the download itself costs: a
/// streamed export's peak should not grow with the number of rows.
/// </summary>
public static class CsvSection
{
    private const string Query = "/api/influencers?sort=-relevance";
    private static readonly TimeSpan SampleInterval = TimeSpan.FromMilliseconds(20);

    public static async Task RunAsync(Servers servers, BenchmarkOptions options)
    {
        var small = await MeasureAsync(servers, options.SmallCatalogue);
        var large = await MeasureAsync(servers, options.LargeCatalogue);
        var table = new ResultTable(
            $"CSV export of the whole catalogue (GET {Query}, Accept: text/csv), {options.SmallCatalogue:N0} vs {options.LargeCatalogue:N0} influencers with a latest run",
            "", $"{options.SmallCatalogue:N0}", $"{options.LargeCatalogue:N0}", "large / small");
        table.Add("rows", $"{small.Rows:N0}", $"{large.Rows:N0}", ResultTable.Ratio((double)large.Rows / small.Rows));
        table.Add("bytes, MB", Mb(small.Bytes), Mb(large.Bytes), ResultTable.Ratio((double)large.Bytes / small.Bytes));
        table.Add("first byte after ms", ResultTable.Number(small.FirstByte.TotalMilliseconds), ResultTable.Number(large.FirstByte.TotalMilliseconds),
            ResultTable.Ratio(large.FirstByte / small.FirstByte));
        table.Add("whole file after s", ResultTable.Number(small.Total.TotalSeconds, 2), ResultTable.Number(large.Total.TotalSeconds, 2),
            ResultTable.Ratio(large.Total / small.Total));
        table.Add("rows/s", ResultTable.Number(small.Rows / small.Total.TotalSeconds, 0), ResultTable.Number(large.Rows / large.Total.TotalSeconds, 0), "");
        table.Add("app resident memory before the download, MB", Mb(small.Before), Mb(large.Before), ResultTable.Ratio((double)large.Before / small.Before));
        table.Add("app peak resident memory during the download, MB", Mb(small.Peak), Mb(large.Peak), ResultTable.Ratio((double)large.Peak / small.Peak));
        table.Add("peak minus before, MB", Mb(small.Peak - small.Before), Mb(large.Peak - large.Before), "");
        table.Add("highest sampled (every 20 ms) in the download's first half / second half, MB",
            $"{Mb(small.FirstHalfPeak)} / {Mb(small.SecondHalfPeak)}", $"{Mb(large.FirstHalfPeak)} / {Mb(large.SecondHalfPeak)}", "");
        table.Add("app peak before it (PeakWorkingSet64: start, seeding, warm-up download), MB", Mb(small.EarlierPeak), Mb(large.EarlierPeak), "");
        table.Print();
    }

    private static async Task<Download> MeasureAsync(Servers servers, int count)
    {
        Console.WriteLine($"CSV: starting the API (update off), seeding {count:N0} influencers with a latest run each ...");
        await using var server = await servers.StartApiAsync($"csv-{count}", automaticUpdate: false);
        await ScoredCatalogueSeeder.SeedAsync(server.DatabasePath, count);
        var tokens = await new AuthClient(server.Http, AuthRoutes.Api).LoginAsync(Servers.AdminEmail, servers.Password);
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = Timeout.InfiniteTimeSpan };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);

        Console.WriteLine("CSV: one download to warm the app up (not measured), then the measured one ...");
        await DownloadAsync(http, server.ProcessId, measure: false);
        await Task.Delay(TimeSpan.FromSeconds(1));
        var download = await DownloadAsync(http, server.ProcessId, measure: true);
        return download.Rows == count
            ? download
            : throw new InvalidOperationException($"The CSV of {count:N0} influencers had {download.Rows:N0} rows.");
    }

    private static async Task<Download> DownloadAsync(HttpClient http, int processId, bool measure)
    {
        var linux = ProcessMemory.Available(processId);
        var before = linux ? ProcessMemory.ResidentBytes(processId) : 0;
        using var app = Process.GetProcessById(processId);
        var earlierPeak = app.PeakWorkingSet64;
        if (measure && linux)
        {
            ProcessMemory.ResetPeak(processId);
        }

        using var sampling = new CancellationTokenSource();
        var clock = Stopwatch.StartNew();
        var samples = linux ? Task.Run(() => SampleAsync(processId, clock, sampling.Token)) : Task.FromResult(new List<(TimeSpan At, long Bytes)>());
        using var request = new HttpRequestMessage(HttpMethod.Get, Query);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[64 * 1024];
        long bytes = 0, lines = 0;
        var firstByte = TimeSpan.Zero;
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            firstByte = bytes == 0 ? clock.Elapsed : firstByte;
            bytes += read;
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
        }

        var total = clock.Elapsed;
        await sampling.CancelAsync();
        var sampled = await samples;
        var peak = linux ? Math.Max(ProcessMemory.PeakResidentBytes(processId), sampled.Select(s => s.Bytes).DefaultIfEmpty().Max()) : 0;
        var firstHalf = sampled.Where(s => s.At < total / 2).Select(s => s.Bytes).DefaultIfEmpty().Max();
        var secondHalf = sampled.Where(s => s.At >= total / 2).Select(s => s.Bytes).DefaultIfEmpty().Max();

        // Lines less the header (quoted line breaks do not occur in this catalogue).
        return new Download(lines - 1, bytes, firstByte, total, before, peak, firstHalf, secondHalf, earlierPeak);
    }

    /// <summary>
    /// The resident size every 20 ms: when the peak was reached (memory that grows with the rows keeps climbing to
    /// the end; a streamed export levels off), and a second reading of the peak where clear_refs is refused.
    /// </summary>
    private static async Task<List<(TimeSpan At, long Bytes)>> SampleAsync(int processId, Stopwatch clock, CancellationToken cancellationToken)
    {
        var samples = new List<(TimeSpan At, long Bytes)>();
        while (!cancellationToken.IsCancellationRequested)
        {
            samples.Add((clock.Elapsed, ProcessMemory.ResidentBytes(processId)));
            try
            {
                await Task.Delay(SampleInterval, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return samples;
    }

    private static string Mb(long bytes) => ResultTable.Number(bytes / 1024.0 / 1024.0, 2);

    /// <summary><paramref name="EarlierPeak"/>: the app's peak before this download (start, seeding, the warm-up download).</summary>
    private sealed record Download(
        long Rows, long Bytes, TimeSpan FirstByte, TimeSpan Total, long Before, long Peak, long FirstHalfPeak, long SecondHalfPeak, long EarlierPeak);
}
