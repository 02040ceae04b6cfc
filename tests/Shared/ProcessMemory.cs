using System.Globalization;

namespace AnalisaAI.TestTools;

/// <summary>
/// Another process's resident memory, from Linux's /proc: the current resident set (VmRSS) and its peak (VmHWM),
/// which writing 5 to clear_refs resets to the current size, so a peak can be taken over one interval.
/// </summary>
public static class ProcessMemory
{
    public static bool Available(int processId) => File.Exists(StatusPath(processId));

    public static long ResidentBytes(int processId) => Read(processId, "VmRSS:");

    public static long PeakResidentBytes(int processId) => Read(processId, "VmHWM:");

    /// <summary>Makes the peak the current size, so the next reading is the peak from now on (our own child: allowed).</summary>
    public static void ResetPeak(int processId) => File.WriteAllText($"/proc/{processId}/clear_refs", "5");

    private static long Read(int processId, string field)
    {
        foreach (var line in File.ReadLines(StatusPath(processId)))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                var kilobytes = line[field.Length..].Trim().Split(' ')[0];
                return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
            }
        }

        throw new InvalidOperationException($"{field} is not in /proc/{processId}/status.");
    }

    private static string StatusPath(int processId) => $"/proc/{processId}/status";
}
