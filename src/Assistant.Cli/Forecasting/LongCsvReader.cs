using Assistant.Core.Csv;
using System.Globalization;

namespace Assistant.Cli.Forecasting;

/// <summary>
/// Reads a long forecast file — a header with series_id, timestamp and value (any order, any
/// case; further columns are covariates, accepted and ignored for now), then one row per
/// observation, series interleaved in any order — into compact per-series rows. The file is
/// streamed line by line; the first bad cell stops the read with its file, row and column.
/// </summary>
public static class LongCsvReader
{
    public const string IdColumn = "series_id";
    public const string TimeColumn = "timestamp";
    public const string ValueColumn = "value";

    public static LongCsvInput Read(string file)
    {
        if (!File.Exists(file))
        {
            throw InputErrors.At(file, null, null, "the file does not exist.");
        }

        using var reader = new StreamReader(file, detectEncodingFromByteOrderMarks: true);
        var header = reader.ReadLine();
        if (header is null || header.Trim().Length == 0)
        {
            throw InputErrors.At(file, 1, null, $"the file has no header; the first line must name the columns {IdColumn},{TimeColumn},{ValueColumn}.");
        }

        var names = Cells(header, file, 1);
        int Column(string name)
        {
            var index = Array.FindIndex(names, n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
            return index >= 0
                ? index
                : throw InputErrors.At(file, 1, name, $"the header has no {name} column (it has: {string.Join(", ", names)}).");
        }

        var idColumn = Column(IdColumn);
        var timeColumn = Column(TimeColumn);
        var valueColumn = Column(ValueColumn);
        var ignored = names.Where((_, i) => i != idColumn && i != timeColumn && i != valueColumn).ToList();
        var needed = Math.Max(idColumn, Math.Max(timeColumn, valueColumn)) + 1;

        var series = new List<SeriesRows>();
        var byId = new Dictionary<string, SeriesRows>(StringComparer.Ordinal);
        var row = 1;
        var rows = 0;
        while (reader.ReadLine() is { } line)
        {
            row++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var cells = Cells(line, file, row);
            if (cells.Length < needed)
            {
                var missing = new[] { (idColumn, IdColumn), (timeColumn, TimeColumn), (valueColumn, ValueColumn) }
                    .Where(c => c.Item1 >= cells.Length).OrderBy(c => c.Item1).First().Item2;
                throw InputErrors.At(file, row, missing, $"the row has {cells.Length} cells and none for {missing}.");
            }

            var id = cells[idColumn];
            if (id.Length == 0)
            {
                throw InputErrors.At(file, row, IdColumn, "the series id is empty.");
            }

            if (!TimestampText.TryParse(cells[timeColumn], out var ticks, out var offset, out var format))
            {
                throw InputErrors.At(file, row, TimeColumn,
                    $"'{cells[timeColumn]}' is not an ISO 8601 date or date-time (such as 2025-03-01 or 2025-03-01T14:00).");
            }

            var value = Number(cells[valueColumn], file, row);
            if (!byId.TryGetValue(id, out var rowsOfSeries))
            {
                rowsOfSeries = new SeriesRows(id);
                byId.Add(id, rowsOfSeries);
                series.Add(rowsOfSeries);
            }

            rowsOfSeries.Add(ticks, offset, format, value, row);
            rows++;
        }

        if (rows == 0)
        {
            throw InputErrors.At(file, null, null, "the file has a header but no rows to forecast from.");
        }

        return new LongCsvInput(series, rows, ignored);
    }

    private static double Number(string cell, string file, int row)
    {
        if (cell.Length == 0)
        {
            throw InputErrors.At(file, row, ValueColumn, "the value is empty; every period needs a number (use 0 if nothing happened).");
        }

        if (!double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw InputErrors.At(file, row, ValueColumn, $"'{cell}' is not a number.");
        }

        return double.IsFinite(value)
            ? value
            : throw InputErrors.At(file, row, ValueColumn, $"'{cell}' is not a finite number.");
    }

    private static string[] Cells(string line, string file, int row) =>
        CsvLine.Split(line, out var problem) ?? throw InputErrors.At(file, row, null, problem!);
}
