using System.Globalization;
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
    public const string IdColumn = "series_id";
    public const string TimeColumn = "timestamp";
    public const string ValueColumn = "value";

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
        ArgumentNullException.ThrowIfNull(reader);
        var header = reader.ReadLine();
        if (header is null || header.Trim().Length == 0)
        {
            throw Problem(file, 1, null, $"the file has no header; the first line must name the columns {IdColumn},{TimeColumn},{ValueColumn}.");
        }

        var names = Cells(header, file, 1);
        int Column(string name)
        {
            var index = Array.FindIndex(names, n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
            return index >= 0
                ? index
                : throw Problem(file, 1, name, $"the header has no {name} column (it has: {string.Join(", ", names)}).");
        }

        var idColumn = Column(IdColumn);
        var timeColumn = Column(TimeColumn);
        var valueColumn = Column(ValueColumn);
        var ignored = names.Where((_, i) => i != idColumn && i != timeColumn && i != valueColumn).ToList();
        var needed = Math.Max(idColumn, Math.Max(timeColumn, valueColumn)) + 1;

        var order = new List<string>();
        var byId = new Dictionary<string, Builder>(StringComparer.Ordinal);
        var line = 1;
        var rows = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Trim().Length == 0)
            {
                continue;
            }

            var cells = Cells(text, file, line);
            if (cells.Length < needed)
            {
                var missing = new[] { (idColumn, IdColumn), (timeColumn, TimeColumn), (valueColumn, ValueColumn) }
                    .Where(c => c.Item1 >= cells.Length).OrderBy(c => c.Item1).First().Item2;
                throw Problem(file, line, missing, $"the row has {cells.Length} cells and none for {missing}.");
            }

            var id = cells[idColumn];
            if (id.Length == 0)
            {
                throw Problem(file, line, IdColumn, "the series id is empty.");
            }

            var stamp = cells[timeColumn];
            if (!TimestampCell.TryParse(stamp, out var timestamp))
            {
                throw Problem(file, line, TimeColumn, $"'{stamp}' is not an ISO 8601 date or date-time (such as 2025-03-01 or 2025-03-01T14:00).");
            }

            var value = Number(cells[valueColumn], file, line);
            if (!byId.TryGetValue(id, out var series))
            {
                series = new Builder();
                byId.Add(id, series);
                order.Add(id);
            }

            if (series.Points.Count > 0 && timestamp <= series.Points[^1].Timestamp)
            {
                var what = timestamp == series.Points[^1].Timestamp ? "repeats" : "goes back before";
                throw Problem(file, line, TimeColumn,
                    $"series {id} {what} {series.Texts[^1]} (line {series.LastLine}) with {stamp}; each series' rows must be in increasing time order.");
            }

            series.Points.Add(new MetricPoint(timestamp, value));
            series.Texts.Add(stamp);
            series.LastLine = line;
            rows++;
        }

        if (rows == 0)
        {
            throw Problem(file, null, null, "the file has a header but no rows.");
        }

        return new MetricFile([.. order.Select(id => new MetricSeries(id, byId[id].Points, byId[id].Texts))], rows, ignored);
    }

    /// <summary>The error for a bad file, located as an editor shows it; no output is written after one.</summary>
    public static InputError Problem(string file, int? line, string? column, string message) => new((line, column) switch
    {
        ({ } l, { } c) => $"{file} line {l}, column {c}: {message} Nothing was written.",
        ({ } l, null) => $"{file} line {l}: {message} Nothing was written.",
        (null, { } c) => $"{file}, column {c}: {message} Nothing was written.",
        _ => $"{file}: {message} Nothing was written.",
    });

    private static double Number(string cell, string file, int line)
    {
        // A gap in the data is written as nothing, NA (R) or NaN (pandas); the detectors skip it.
        if (cell.Length == 0 || cell.Equals("NA", StringComparison.OrdinalIgnoreCase) || cell.Equals("NaN", StringComparison.OrdinalIgnoreCase))
        {
            return double.NaN;
        }

        if (!double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw Problem(file, line, ValueColumn, $"'{cell}' is not a number (write numbers with a dot for decimals and no thousands separators; leave the cell empty for a missing reading).");
        }

        return double.IsFinite(value)
            ? value
            : throw Problem(file, line, ValueColumn, $"'{cell}' is not a finite number.");
    }

    private static string[] Cells(string text, string file, int line) =>
        CsvLine.Split(text, out var problem) ?? throw Problem(file, line, null, problem!);

    private sealed class Builder
    {
        public List<MetricPoint> Points { get; } = [];

        public List<string> Texts { get; } = [];

        public int LastLine { get; set; }
    }
}
