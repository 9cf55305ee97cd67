using System.Text;

namespace Assistant.Core.Csv;

/// <summary>
/// The cells of one CSV line (no line breaks inside values): cells may be double-quoted, a
/// doubled quote standing for one, so that series ids with commas survive; cells are trimmed.
/// </summary>
public static class CsvLine
{
    /// <summary>The cells, or null with the problem when a quote is left open or followed by text.</summary>
    public static string[]? Split(string line, out string? problem)
    {
        problem = null;
        if (line.IndexOf('"') < 0)
        {
            // The common case, without the quote handling's per-character work.
            var plain = line.Split(',');
            for (var c = 0; c < plain.Length; c++)
            {
                plain[c] = plain[c].Trim();
            }

            return plain;
        }

        var cells = new List<string>();
        var cell = new StringBuilder();
        var i = 0;
        while (true)
        {
            cell.Clear();
            while (i < line.Length && line[i] == ' ')
            {
                i++;
            }

            if (i < line.Length && line[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        problem = $"cell {cells.Count + 1} opens a double quote that is never closed.";
                        return null;
                    }

                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            cell.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    cell.Append(line[i++]);
                }

                while (i < line.Length && line[i] == ' ')
                {
                    i++;
                }

                if (i < line.Length && line[i] != ',')
                {
                    problem = $"cell {cells.Count + 1} has text after its closing double quote.";
                    return null;
                }

                cells.Add(cell.ToString());
            }
            else
            {
                while (i < line.Length && line[i] != ',')
                {
                    cell.Append(line[i++]);
                }

                cells.Add(cell.ToString().Trim());
            }

            if (i >= line.Length)
            {
                return [.. cells];
            }

            i++; // the comma
        }
    }

    /// <summary>A cell as CSV writes it: quoted only when it holds a comma, a quote or a line break.</summary>
    public static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
}
