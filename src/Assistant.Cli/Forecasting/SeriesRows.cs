using Assistant.Core.Csv;
using Assistant.Forecasting.Batch;

namespace Assistant.Cli.Forecasting;

/// <summary>
/// One series' rows as read, kept compact (an instant, a value and a row number per row, in
/// growable arrays rather than objects) so that millions of rows fit in little memory. Rows may
/// come in any order; <see cref="SortByTime"/> puts them in order before they are checked.
/// </summary>
public sealed class SeriesRows(string id)
{
    private long[] _ticks = new long[16];
    private double[] _values = new double[16];
    private int[] _rows = new int[16];
    private long _maxTicks = long.MinValue;
    private byte _lastFormat;
    private TimeSpan _lastOffset;

    public string Id { get; } = id;

    public int Count { get; private set; }

    /// <summary>The most decimal places any of the series' values was written with (<see cref="ForecastPrecision.Carried"/>).</summary>
    public int DecimalPlaces { get; private set; }

    public void Add(long utcTicks, TimeSpan offset, byte format, double value, int row, int decimalPlaces)
    {
        DecimalPlaces = Math.Max(DecimalPlaces, decimalPlaces);
        if (Count == _ticks.Length)
        {
            Array.Resize(ref _ticks, Count * 2);
            Array.Resize(ref _values, Count * 2);
            Array.Resize(ref _rows, Count * 2);
        }

        // The latest timestamp's layout and offset are the ones the forecasts continue.
        if (utcTicks > _maxTicks)
        {
            _maxTicks = utcTicks;
            _lastFormat = format;
            _lastOffset = offset;
        }

        _ticks[Count] = utcTicks;
        _values[Count] = value;
        _rows[Count] = row;
        Count++;
    }

    /// <summary>Orders the rows by time; rows with the same time keep their file order.</summary>
    public void SortByTime()
    {
        var order = new int[Count];
        for (var i = 0; i < Count; i++)
        {
            order[i] = i;
        }

        var ticks = _ticks;
        Array.Sort(order, (a, b) => ticks[a] != ticks[b] ? ticks[a].CompareTo(ticks[b]) : a.CompareTo(b));
        _ticks = [.. order.Select(i => ticks[i])];
        var values = _values;
        _values = [.. order.Select(i => values[i])];
        var rows = _rows;
        _rows = [.. order.Select(i => rows[i])];
    }

    /// <summary>The spacings between consecutive (sorted) timestamps, in ticks.</summary>
    public IEnumerable<long> Spacings()
    {
        for (var i = 1; i < Count; i++)
        {
            yield return _ticks[i] - _ticks[i - 1];
        }
    }

    /// <summary>
    /// The checked series: every timestamp once, each one step after the one before. The first
    /// problem found is thrown with its row.
    /// </summary>
    public InputSeries Check(string file, SeriesFrequency frequency)
    {
        var step = frequency.Step.Ticks;
        for (var i = 1; i < Count; i++)
        {
            var spacing = _ticks[i] - _ticks[i - 1];
            if (spacing == 0)
            {
                throw InputErrors.At(file, _rows[i], "timestamp",
                    $"series {Id} has {Text(i)} a second time (first at line {_rows[i - 1]}).");
            }

            if (spacing != step)
            {
                throw InputErrors.At(file, _rows[i], "timestamp",
                    $"series {Id} goes from {Text(i - 1)} (row {_rows[i - 1]}) to {Text(i)}, {Describe(TimeSpan.FromTicks(spacing))} apart, "
                    + $"but {frequency.Name} data must be {Describe(frequency.Step)} apart; fill the missing periods or pick another --freq.");
            }
        }

        return new InputSeries(Id, _values[..Count], _ticks[0], _ticks[Count - 1], _lastOffset, _lastFormat, DecimalPlaces);
    }

    public static string Describe(TimeSpan span) => span switch
    {
        { Ticks: < 0 } => $"-{Describe(-span)}",
        _ when span.Ticks % TimeSpan.TicksPerDay == 0 && span.Days % 7 == 0 => Plural(span.Days / 7, "week"),
        _ when span.Ticks % TimeSpan.TicksPerDay == 0 => Plural(span.Days, "day"),
        _ when span.Ticks % TimeSpan.TicksPerHour == 0 => Plural((long)span.TotalHours, "hour"),
        _ when span.Ticks % TimeSpan.TicksPerMinute == 0 => Plural((long)span.TotalMinutes, "minute"),
        _ => $"{span.TotalSeconds:0.###} seconds",
    };

    private static string Plural(long count, string unit) => count == 1 ? $"1 {unit}" : $"{count} {unit}s";

    private string Text(int i) => TimestampText.Format(_ticks[i], _lastOffset, _lastFormat);
}
