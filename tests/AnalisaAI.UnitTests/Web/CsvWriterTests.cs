using System.Buffers;
using System.Text;
using AnalisaAI.Api.Infrastructure.Web;
using Microsoft.AspNetCore.Http;

namespace AnalisaAI.UnitTests.Web;

/// <summary>RFC 4180 text, the OWASP neutralisation of formula-like text, and plain invariant numbers and UTC instants.</summary>
public sealed class CsvWriterTests
{
    [Fact]
    public void Cells_are_separated_by_commas_and_rows_end_with_crlf()
    {
        var text = Write(csv =>
        {
            csv.Row(["id", "name"]);
            csv.Text("a").Number(1L).EndRow();
            csv.Text(null).Number((long?)null).Number((double?)null).Time(null).EndRow();
        });

        text.Should().Be("id,name\r\na,1\r\n,,,\r\n");
    }

    [Theory]
    [InlineData("Chef, Maria", "\"Chef, Maria\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("cr\rhere", "\"cr\rhere\"")]
    [InlineData("plain text", "plain text")]
    [InlineData("it's", "it's")]
    [InlineData("", "")]
    public void Text_with_a_comma_quote_cr_or_lf_is_quoted_with_quotes_doubled(string value, string cell) =>
        Write(csv => csv.Text(value)).Should().Be(cell);

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+1", "'+1")]
    [InlineData("-x", "'-x")]
    [InlineData("@y", "'@y")]
    [InlineData("\tz", "'\tz")]
    [InlineData("\rw", "\"'\rw\"")]
    [InlineData("a=b", "a=b")]
    [InlineData(" =a", " =a")]
    public void Text_a_spreadsheet_would_run_as_a_formula_is_prefixed_with_a_quote(string value, string cell) =>
        Write(csv => csv.Text(value)).Should().Be(cell);

    [Theory]
    [InlineData(-12.5, "-12.5")]
    [InlineData(0.1, "0.1")]
    [InlineData(3.4567891234567891, "3.456789123456789")]
    [InlineData(1.5e-7, "0.00000015")]
    [InlineData(-2.25e-5, "-0.0000225")]
    [InlineData(1e21, "1000000000000000000000")]
    [InlineData(1.2345e25, "12345000000000000000000000")]
    [InlineData(0.0, "0")]
    [InlineData(100.0, "100")]
    public void Doubles_are_invariant_round_trip_text_without_exponent_and_never_prefixed(double value, string cell)
    {
        Write(csv => csv.Number(value)).Should().Be(cell);
        double.Parse(cell, System.Globalization.CultureInfo.InvariantCulture).Should().Be(value);
    }

    [Fact]
    public void Numbers_ignore_the_current_culture_and_negative_ones_stay_numbers()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("pt-BR");
        try
        {
            Write(csv => csv.Number(-1234.5).Number(-7L).Number(1_000_000L)).Should().Be("-1234.5,-7,1000000");
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Negative_zero_is_zero() =>
        Write(csv => csv.Number(-0.0)).Should().Be("0");

    [Fact]
    public void Not_a_number_and_infinities_are_empty() =>
        Write(csv => csv.Number(double.NaN).Number(double.PositiveInfinity).Number(1.0)).Should().Be(",,1");

    [Fact]
    public void Instants_are_iso_8601_utc_with_z_as_in_the_json()
    {
        var whole = new DateTime(2026, 6, 30, 12, 0, 0, DateTimeKind.Utc);
        var fraction = whole.AddTicks(1_234_500);

        Write(csv => csv.Time(whole).Time(fraction)).Should().Be("2026-06-30T12:00:00Z,2026-06-30T12:00:00.12345Z");
    }

    [Fact]
    public void Output_is_utf8_without_splitting_characters()
    {
        var buffer = new ArrayBufferWriter<byte>();
        new CsvWriter(buffer).Text("Café 🍰, São Paulo").EndRow();

        buffer.WrittenSpan.ToArray().Should().Equal(Encoding.UTF8.GetBytes("\"Café 🍰, São Paulo\"\r\n"));
    }

    [Theory]
    [InlineData("text/csv", true)]
    [InlineData("text/csv; charset=utf-8", true)]
    [InlineData("text/csv, application/json;q=0.5", true)]
    [InlineData("text/csv, */*", true)]
    [InlineData(null, false)]
    [InlineData("*/*", false)]
    [InlineData("text/*", false)]
    [InlineData("application/json", false)]
    [InlineData("application/json, text/csv", false)]
    [InlineData("text/csv;q=0.5, */*", false)]
    [InlineData("text/csv;q=0", false)]
    public void Csv_is_sent_only_when_the_accept_header_asks_for_it_over_json(string? accept, bool csv)
    {
        var http = new DefaultHttpContext();
        if (accept is not null)
        {
            http.Request.Headers.Accept = accept;
        }

        CsvDownload.IsRequested(http.Request).Should().Be(csv);
    }

    [Theory]
    [InlineData("Summer campaign 2026", "Summer-campaign-2026.csv")]
    [InlineData("  \"quotes\"\r\n/and\\slashes ", "quotes-and-slashes.csv")]
    [InlineData("Açaí & Café", "Açaí-Café.csv")]
    [InlineData("!!!", "list.csv")]
    public void File_names_keep_letters_and_digits_only(string title, string fileName) =>
        CsvDownload.FileNameFor(title, "list").Should().Be(fileName);

    private static string Write(Action<CsvWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        write(new CsvWriter(buffer));
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
