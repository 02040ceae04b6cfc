using System.Globalization;

namespace AnalisaAI.Soak;

/// <summary>Reads values out of the Prometheus text exposition format.</summary>
public static class PrometheusText
{
    /// <summary>The sum of every series of <paramref name="metric"/> (over all its labels), or null when it has none.</summary>
    public static double? Sum(string text, string metric)
    {
        double? sum = null;
        foreach (var line in text.Split('\n'))
        {
            if (!line.StartsWith(metric, StringComparison.Ordinal) || line.Length == metric.Length || line[metric.Length] is not ('{' or ' '))
            {
                continue;
            }

            // name{labels} value [timestamp]; label values may hold spaces, so the value follows the closing brace.
            var rest = line[metric.Length] == '{' ? line[(line.LastIndexOf('}') + 1)..] : line[metric.Length..];
            var value = rest.Trim().Split(' ')[0];
            if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                sum = (sum ?? 0) + number;
            }
        }

        return sum;
    }
}
