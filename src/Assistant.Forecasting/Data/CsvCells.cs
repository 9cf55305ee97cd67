using System.Globalization;
using System.Text;

namespace Assistant.Forecasting.Data;

/// <summary>
/// The cells of the benchmark CSV files, one line per record (none of these files puts a line
/// break inside a value). Values may be double-quoted, as R's write.csv does for the M4 files, with
/// a doubled quote standing for one. Row numbers count every line, so the ones in errors are
/// the ones an editor shows.
/// </summary>
internal static class CsvCells
{
    /// <summary>
    /// The lines of the file as their row number (1-based) and cells. Blank lines are skipped for
    /// row-per-series files; column-per-series files keep them, because there a line's position is
    /// the observation's position.
    /// </summary>
    public static IEnumerable<(int Row, string[] Cells)> Read(string file, bool skipBlankLines = true)
    {
        if (!File.Exists(file))
        {
            throw new DataFileError(file, null, "the file does not exist.");
        }

        var row = 0;
        foreach (var line in File.ReadLines(file))
        {
            row++;
            if (!skipBlankLines || !string.IsNullOrWhiteSpace(line))
            {
                yield return (row, Split(line, file, row));
            }
        }
    }

    public static string[] Split(string line, string file, int row)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var i = 0;
        while (true)
        {
            cell.Clear();
            if (i < line.Length && line[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        throw new DataFileError(file, row, $"cell {cells.Count + 1} opens a double quote that is never closed.");
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

                if (i < line.Length && line[i] != ',')
                {
                    throw new DataFileError(file, row, $"cell {cells.Count + 1} has text after its closing double quote.");
                }
            }
            else
            {
                while (i < line.Length && line[i] != ',')
                {
                    cell.Append(line[i++]);
                }
            }

            cells.Add(cell.ToString().Trim());
            if (i >= line.Length)
            {
                return [.. cells];
            }

            i++; // the comma
        }
    }

    /// <summary>Whether a cell holds no observation: empty, as the ragged M4 rows pad, or R's NA.</summary>
    public static bool IsMissing(string cell) => cell.Length == 0 || cell == "NA";

    public static double Number(string cell, string file, int row, string where)
    {
        if (double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        throw new DataFileError(file, row, $"{where} is '{cell}', which is not a number.");
    }

    public static int Integer(string cell, string file, int row, string where)
    {
        var value = Number(cell, file, row, where);
        return value == Math.Floor(value) && value is >= int.MinValue and <= int.MaxValue
            ? (int)value
            : throw new DataFileError(file, row, $"{where} is '{cell}', which is not a whole number.");
    }
}
