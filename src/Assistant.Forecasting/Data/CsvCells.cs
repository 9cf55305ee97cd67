using System.Globalization;
using Assistant.Core.Csv;

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

    /// <summary>Splits a line with the project's one CSV line reader; every cell is trimmed, quoted or not.</summary>
    public static string[] Split(string line, string file, int row)
    {
        var cells = CsvLine.Split(line, out var problem) ?? throw new DataFileError(file, row, problem!);
        for (var c = 0; c < cells.Length; c++)
        {
            cells[c] = cells[c].Trim();
        }

        return cells;
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
