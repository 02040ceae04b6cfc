using System.Globalization;
using System.Text;

namespace AnalisaAI.Soak;

/// <summary>The memory part of the report: per instance per minute, then the slopes after warm-up.</summary>
public static class MemoryReport
{
    private const double Megabyte = 1024 * 1024;

    public static void Append(StringBuilder md, IReadOnlyList<MemorySample> samples, TimeSpan warmup)
    {
        var instances = samples.Select(s => s.Instance).Distinct().Order(StringComparer.Ordinal).ToList();
        md.AppendLine("## Memory per instance per minute");
        md.AppendLine();
        md.AppendLine("The last reading in each minute, in MB: resident set (VmRSS), managed heap after the last GC " +
            "(`dotnet.gc.last_collection.heap.size` less `…heap.fragmentation.size`, all generations, from `/metrics`) and the memory the GC had committed then " +
            "(`dotnet.gc.last_collection.memory.committed_size`). `#2` marks a restarted process; `*` a heap read right after a " +
            "full collection the soak induced (the live heap).");
        md.AppendLine();
        md.AppendLine($"| minute | {string.Join(" | ", instances.Select(i => $"{i} resident | {i} heap | {i} GC committed"))} |");
        md.AppendLine($"| ---: |{string.Concat(instances.Select(_ => " ---: | ---: | ---: |"))}");
        var minutes = samples.Count == 0 ? 0 : (int)samples.Max(s => s.At.TotalMinutes) + 1;
        for (var minute = 0; minute < minutes; minute++)
        {
            var cells = instances.Select(instance =>
            {
                var last = samples.Where(s => s.Instance == instance && (int)s.At.TotalMinutes == minute).MaxBy(s => s.At);
                if (last is null)
                {
                    return "— | — | —";
                }

                var mark = last.Incarnation > 1 ? $" #{last.Incarnation}" : "";
                var heap = last.HeapBytes is { } bytes ? Megabytes(bytes) + (last.AfterFullCollection ? "*" : "") : "—";
                var committed = last.CommittedBytes is { } c ? Megabytes(c) : "—";
                return $"{Megabytes(last.ResidentBytes)}{mark} | {heap} | {committed}";
            });
            md.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {minute} | {string.Join(" | ", cells)} |"));
        }

        md.AppendLine();
        md.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"## Memory slope after warm-up ({warmup.TotalMinutes:0.#} minutes after each process became ready), target ≤ {SoakFindings.SlopeTarget} MB/hour"));
        md.AppendLine();
        md.AppendLine("| instance | process | window | readings | resident MB/hour | heap after last GC MB/hour | live heap MB/hour | resident within target |");
        md.AppendLine("| --- | ---: | --- | ---: | ---: | ---: | ---: | --- |");
        foreach (var slope in MemoryTrend.AfterWarmup(samples, warmup))
        {
            var window = slope.Samples == 0 ? "none (run shorter than warm-up)" : $"{SoakFindings.Clock(slope.From)} to {SoakFindings.Clock(slope.To)}";
            var within = slope.ResidentMbPerHour is { } resident ? resident <= SoakFindings.SlopeTarget ? "yes" : "**no**" : "n/a";
            md.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {slope.Instance} | #{slope.Incarnation} | {window} | {slope.Samples} | {Rate(slope.ResidentMbPerHour)} | {Rate(slope.HeapMbPerHour)} | {Rate(slope.LiveHeapMbPerHour)} | {within} |"));
        }

        md.AppendLine();
        var live = samples.Where(s => s.AfterFullCollection && s.HeapBytes is not null).ToList();
        if (live.Count > 0)
        {
            md.AppendLine("Live heap after each induced full collection, MB: " + string.Join("; ", live.GroupBy(s => s.Instance).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Key}: " + string.Join(", ", g.Select(s => $"{Megabytes(s.HeapBytes!.Value)} at {s.At.TotalMinutes:0} min{(s.Incarnation > 1 ? $" (#{s.Incarnation})" : "")}")))) + ".");
            md.AppendLine();
        }
    }

    private static string Megabytes(long bytes) => (bytes / Megabyte).ToString("0.0", CultureInfo.InvariantCulture);

    private static string Rate(double? value) => value?.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) ?? "n/a";
}
