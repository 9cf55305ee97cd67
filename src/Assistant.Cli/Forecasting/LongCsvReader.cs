using Assistant.Core.Csv;

namespace Assistant.Cli.Forecasting;

/// <summary>
/// Reads a long forecast file (<see cref="LongCsv"/>: series_id, timestamp, value; further columns
/// are covariates, accepted and ignored for now) into compact per-series rows. The file is streamed
/// line by line; the first bad cell stops the read with its file, line and column.
/// </summary>
public static class LongCsvReader
{
    public const string IdColumn = LongCsv.IdColumn;
    public const string TimeColumn = LongCsv.TimeColumn;
    public const string ValueColumn = LongCsv.ValueColumn;

    public static LongCsvInput Read(string file)
    {
        if (!File.Exists(file))
        {
            throw InputErrors.At(file, null, null, "the file does not exist.");
        }

        using var reader = new StreamReader(file, detectEncodingFromByteOrderMarks: true);
        var csv = LongCsv.Open(reader, file);
        var series = new List<SeriesRows>();
        var byId = new Dictionary<string, SeriesRows>(StringComparer.Ordinal);
        var rows = 0;
        foreach (var row in csv.Rows())
        {
            csv.Timestamp(row, out var ticks, out var offset, out var format);
            // A forecast needs every period: an empty value is refused, not read as missing.
            var value = csv.Number(row)
                ?? throw InputErrors.At(file, row.Line, ValueColumn, "the value is empty; every period needs a number (use 0 if nothing happened).");
            if (!byId.TryGetValue(row.Id, out var rowsOfSeries))
            {
                rowsOfSeries = new SeriesRows(row.Id);
                byId.Add(row.Id, rowsOfSeries);
                series.Add(rowsOfSeries);
            }

            rowsOfSeries.Add(ticks, offset, format, value, row.Line, ForecastPrecision.Carried(row.Value));
            rows++;
        }

        if (rows == 0)
        {
            throw InputErrors.At(file, null, null, "the file has a header but no rows to forecast from.");
        }

        return new LongCsvInput(series, rows, csv.IgnoredColumns);
    }
}
