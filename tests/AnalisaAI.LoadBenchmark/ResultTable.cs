using System.Globalization;

namespace AnalisaAI.LoadBenchmark;

/// <summary>A titled table printed as Markdown, so the output can go into the README as it is.</summary>
public sealed class ResultTable(string title, params string[] columns)
{
    private readonly List<string[]> rows = [];

    public void Add(params string[] cells) => rows.Add(cells);

    public static string Number(double value, int decimals = 1) =>
        double.IsNaN(value) ? "-" : value.ToString("N" + decimals, CultureInfo.InvariantCulture);

    public static string Ratio(double value) =>
        double.IsNaN(value) || double.IsInfinity(value) ? "-" : value.ToString("0.00", CultureInfo.InvariantCulture) + "x";

    public void Print()
    {
        var widths = columns.Select((column, i) => Math.Max(column.Length, rows.Max(row => row[i].Length))).ToArray();
        Console.WriteLine();
        Console.WriteLine($"### {title}");
        Console.WriteLine();
        Console.WriteLine(Line(columns, widths));
        Console.WriteLine("| " + string.Join(" | ", widths.Select(w => new string('-', w))) + " |");
        foreach (var row in rows)
        {
            Console.WriteLine(Line(row, widths));
        }
    }

    private static string Line(string[] cells, int[] widths) =>
        "| " + string.Join(" | ", cells.Select((cell, i) => cell.PadRight(widths[i]))) + " |";
}
