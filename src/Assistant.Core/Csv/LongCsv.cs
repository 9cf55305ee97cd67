using System.Globalization;

namespace Assistant.Core.Csv;

/// <summary>
/// A long series file, as the forecast and detect commands read it: a header naming series_id,
/// timestamp and value (any order, any case; further columns are kept aside), then one row per
/// reading, series interleaved. <see cref="Rows"/> streams the non-empty rows with their line
/// numbers (the header is line 1); the first malformed line stops the read with an
/// <see cref="InputError"/> naming the file, line and column, before anything is written.
/// </summary>
public sealed class LongCsv
{
    public const string IdColumn = "series_id";
    public const string TimeColumn = "timestamp";
    public const string ValueColumn = "value";

    private readonly TextReader _reader;
    private readonly string _file;
    private readonly int _id;
    private readonly int _time;
    private readonly int _value;

    private LongCsv(TextReader reader, string file, int id, int time, int value, IReadOnlyList<string> ignored)
    {
        (_reader, _file, _id, _time, _value) = (reader, file, id, time, value);
        IgnoredColumns = ignored;
    }

    /// <summary>Header columns other than series_id, timestamp and value.</summary>
    public IReadOnlyList<string> IgnoredColumns { get; }

    /// <summary>Reads the header; the reader stays open for <see cref="Rows"/>.</summary>
    public static LongCsv Open(TextReader reader, string file)
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

        var id = Column(IdColumn);
        var time = Column(TimeColumn);
        var value = Column(ValueColumn);
        return new LongCsv(reader, file, id, time, value, names.Where((_, i) => i != id && i != time && i != value).ToList());
    }

    /// <summary>The file's rows, blank lines skipped; each has its series id (never empty), timestamp and value cells.</summary>
    public IEnumerable<LongCsvRow> Rows()
    {
        var needed = Math.Max(_id, Math.Max(_time, _value)) + 1;
        var line = 1;
        while (_reader.ReadLine() is { } text)
        {
            line++;
            if (text.Trim().Length == 0)
            {
                continue;
            }

            var cells = Cells(text, _file, line);
            if (cells.Length < needed)
            {
                var missing = new[] { (_id, IdColumn), (_time, TimeColumn), (_value, ValueColumn) }
                    .Where(c => c.Item1 >= cells.Length).OrderBy(c => c.Item1).First().Item2;
                throw Problem(_file, line, missing, $"the row has {cells.Length} cells and none for {missing}.");
            }

            if (cells[_id].Length == 0)
            {
                throw Problem(_file, line, IdColumn, "the series id is empty.");
            }

            yield return new LongCsvRow(line, cells[_id], cells[_time], cells[_value]);
        }
    }

    /// <summary>The row's timestamp, or the error naming it.</summary>
    public DateTime Timestamp(LongCsvRow row, out long utcTicks, out TimeSpan offset, out byte format)
    {
        ArgumentNullException.ThrowIfNull(row);
        return TimestampText.TryParse(row.Timestamp, out utcTicks, out offset, out format)
            ? new DateTime(utcTicks, DateTimeKind.Utc)
            : throw Problem(_file, row.Line, TimeColumn, $"'{row.Timestamp}' is not an ISO 8601 date or date-time (such as 2025-03-01 or 2025-03-01T14:00).");
    }

    /// <summary>The row's value as a finite number; what an empty cell means is the caller's (null).</summary>
    public double? Number(LongCsvRow row, string hint = "")
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.Value.Length == 0)
        {
            return null;
        }

        if (!double.TryParse(row.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw Problem(_file, row.Line, ValueColumn, $"'{row.Value}' is not a number{hint}.");
        }

        return double.IsFinite(value)
            ? value
            : throw Problem(_file, row.Line, ValueColumn, $"'{row.Value}' is not a finite number.");
    }

    /// <summary>The error for a bad file, located as an editor shows it; no output is written after one.</summary>
    public static InputError Problem(string file, int? line, string? column, string message) => new((line, column) switch
    {
        ({ } l, { } c) => $"{file} line {l}, column {c}: {message} Nothing was written.",
        ({ } l, null) => $"{file} line {l}: {message} Nothing was written.",
        (null, { } c) => $"{file}, column {c}: {message} Nothing was written.",
        _ => $"{file}: {message} Nothing was written.",
    });

    private static string[] Cells(string text, string file, int line) =>
        CsvLine.Split(text, out var problem) ?? throw Problem(file, line, null, problem!);
}
