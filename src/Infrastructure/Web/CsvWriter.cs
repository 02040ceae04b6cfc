using System.Buffers;
using System.Globalization;
using System.Text;

namespace AnalisaAI.Api.Infrastructure.Web;

/// <summary>
/// Writes RFC 4180 CSV as UTF-8 into a buffer, a cell at a time: cells separated by commas, rows ended by CRLF, a
/// cell holding a comma, a quote, CR or LF quoted with its quotes doubled. Text that a spreadsheet would run as a
/// formula (starting with =, +, -, @, a tab or CR; OWASP "CSV injection") is prefixed with a single quote; numbers
/// never are, so a negative number stays a number. Numbers use the invariant culture without exponents, instants
/// are ISO 8601 UTC with Z as in the JSON. A null is an empty cell. Pure: the caller decides when the buffer goes out.
/// </summary>
public sealed class CsvWriter(IBufferWriter<byte> output)
{
    private const string FormulaStarts = "=+-@\t\r";
    private const string NeedsQuotes = ",\"\r\n";

    private bool rowStarted;

    public CsvWriter Text(string? value)
    {
        Separate();
        if (string.IsNullOrEmpty(value))
        {
            return this;
        }

        var neutralised = FormulaStarts.Contains(value[0], StringComparison.Ordinal);
        if (value.AsSpan().IndexOfAny(NeedsQuotes) < 0)
        {
            Write(neutralised ? "'" : "");
            Write(value);
            return this;
        }

        Write(neutralised ? "\"'" : "\"");
        Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        Write("\"");
        return this;
    }

    public CsvWriter Number(long? value)
    {
        Separate();
        if (value is { } number)
        {
            Write(number.ToString(CultureInfo.InvariantCulture));
        }

        return this;
    }

    /// <summary>The shortest text that reads back as the same double (as the JSON has it), written out without an exponent; not-a-number and infinities are empty.</summary>
    public CsvWriter Number(double? value)
    {
        Separate();
        if (value is { } number && double.IsFinite(number))
        {
            // Negative zero reads "-0"; a spreadsheet shows 0 either way.
            Write(number == 0 ? "0" : Plain(number.ToString("R", CultureInfo.InvariantCulture)));
        }

        return this;
    }

    public CsvWriter Time(DateTime? value)
    {
        Separate();
        if (value is { } time)
        {
            var utc = time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : time;
            Write(utc.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));
        }

        return this;
    }

    /// <summary>A row of text cells, such as the header.</summary>
    public void Row(IEnumerable<string?> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        foreach (var cell in cells)
        {
            Text(cell);
        }

        EndRow();
    }

    public void EndRow()
    {
        Write("\r\n");
        rowStarted = false;
    }

    /// <summary>"1.5E-07" as "0.00000015", "1E+21" as "1000000000000000000000": the same digits, no exponent.</summary>
    internal static string Plain(string roundTrip)
    {
        var e = roundTrip.IndexOf('E', StringComparison.Ordinal);
        if (e < 0)
        {
            return roundTrip;
        }

        var negative = roundTrip[0] == '-';
        var mantissa = roundTrip[(negative ? 1 : 0)..e];
        var exponent = int.Parse(roundTrip.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var digits = point < 0 ? mantissa : mantissa.Remove(point, 1);
        var integerDigits = (point < 0 ? mantissa.Length : point) + exponent;

        var plain = new StringBuilder(digits.Length + Math.Abs(exponent) + 3);
        plain.Append(negative ? "-" : "");
        if (integerDigits <= 0)
        {
            plain.Append("0.").Append('0', -integerDigits).Append(digits);
        }
        else if (integerDigits >= digits.Length)
        {
            plain.Append(digits).Append('0', integerDigits - digits.Length);
        }
        else
        {
            plain.Append(digits, 0, integerDigits).Append('.').Append(digits, integerDigits, digits.Length - integerDigits);
        }

        return plain.ToString();
    }

    private void Separate()
    {
        if (rowStarted)
        {
            Write(",");
        }

        rowStarted = true;
    }

    // Whole strings only, so a surrogate pair is never split between two writes.
    private void Write(string text)
    {
        if (text.Length > 0)
        {
            Encoding.UTF8.GetBytes(text.AsSpan(), output);
        }
    }
}
