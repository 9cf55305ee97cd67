using Assistant.Core;
using Assistant.Core.Csv;

namespace Assistant.Defects.Csv;

/// <summary>
/// Reads a long metric file: a header naming series_id, timestamp and value (any order, any case;
/// further columns are ignored), then one row per reading, series interleaved in any order but
/// each series' rows in time order. An empty value, NA or NaN is a missing reading. The first bad
/// row stops the read with an <see cref="InputError"/> naming the file, the line (the header is
/// line 1) and what is wrong, before anything is written anywhere.
/// </summary>
public static class MetricCsvReader
{
    public const string IdColumn = LongCsv.IdColumn;
    public const string TimeColumn = LongCsv.TimeColumn;
    public const string ValueColumn = LongCsv.ValueColumn;

    public static MetricFile Read(string path)
    {
        if (!File.Exists(path))
        {
            throw Problem(path, null, null, "the file does not exist.");
        }

        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        return Read(reader, path);
    }

    public static MetricFile Read(TextReader reader, string file)
    {
        var csv = LongCsv.Open(reader, file);
        var order = new List<string>();
        var byId = new Dictionary<string, Builder>(StringComparer.Ordinal);
        var rows = 0;
        foreach (var row in csv.Rows())
        {
            var timestamp = csv.Timestamp(row, out _, out _, out _);
            var value = Value(csv, row);
            if (!byId.TryGetValue(row.Id, out var series))
            {
                series = new Builder();
                byId.Add(row.Id, series);
                order.Add(row.Id);
            }

            if (series.Points.Count > 0 && timestamp <= series.Points[^1].Timestamp)
            {
                var what = timestamp == series.Points[^1].Timestamp ? "repeats" : "goes back before";
                throw Problem(file, row.Line, TimeColumn,
                    $"series {row.Id} {what} {series.Texts[^1]} (line {series.LastLine}) with {row.Timestamp}; each series' rows must be in increasing time order.");
            }

            series.Points.Add(new MetricPoint(timestamp, value));
            series.Texts.Add(row.Timestamp);
            series.LastLine = row.Line;
            rows++;
        }

        if (rows == 0)
        {
            throw Problem(file, null, null, "the file has a header but no rows.");
        }

        return new MetricFile([.. order.Select(id => new MetricSeries(id, byId[id].Points, byId[id].Texts))], rows, csv.IgnoredColumns);
    }

    /// <summary>The error for a bad file, located as an editor shows it; no output is written after one.</summary>
    public static InputError Problem(string file, int? line, string? column, string message) => LongCsv.Problem(file, line, column, message);

    private static double Value(LongCsv csv, LongCsvRow row)
    {
        // A gap in the data is written as nothing, NA (R) or NaN (pandas); the detectors skip it.
        if (row.Value.Equals("NA", StringComparison.OrdinalIgnoreCase) || row.Value.Equals("NaN", StringComparison.OrdinalIgnoreCase))
        {
            return double.NaN;
        }

        return csv.Number(row, " (write numbers with a dot for decimals and no thousands separators; leave the cell empty for a missing reading)") ?? double.NaN;
    }

    private sealed class Builder
    {
        public List<MetricPoint> Points { get; } = [];

        public List<string> Texts { get; } = [];

        public int LastLine { get; set; }
    }
}
