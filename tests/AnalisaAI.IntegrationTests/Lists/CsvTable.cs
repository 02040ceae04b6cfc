using System.Text;

namespace AnalisaAI.IntegrationTests.Lists;

/// <summary>A strict RFC 4180 reader for the tests: CRLF rows, quoted cells with doubled quotes; anything else fails.</summary>
public static class CsvTable
{
    public static List<string[]> Parse(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"' && cell.Length == 0)
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new FormatException("A quoted cell is not closed.");
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            cell.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    cell.Append(text[i++]);
                }

                if (i < text.Length && text[i] != ',' && text[i] != '\r')
                {
                    throw new FormatException($"Text after a closing quote at {i}.");
                }
            }
            else if (text[i] == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
                i++;
            }
            else if (text[i] == '\r')
            {
                if (i + 1 >= text.Length || text[i + 1] != '\n')
                {
                    throw new FormatException($"A CR without LF at {i}.");
                }

                row.Add(cell.ToString());
                cell.Clear();
                rows.Add([.. row]);
                row.Clear();
                i += 2;
            }
            else if (text[i] == '\n' || text[i] == '"')
            {
                throw new FormatException($"A bare LF or quote at {i}.");
            }
            else
            {
                cell.Append(text[i++]);
            }
        }

        if (row.Count > 0 || cell.Length > 0)
        {
            throw new FormatException("The last row does not end with CRLF.");
        }

        return rows;
    }
}
