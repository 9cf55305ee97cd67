namespace Assistant.Defects.Nab;

/// <summary>
/// A labelled anomaly window of one series: the timestamps as labelled and the rows they cover,
/// <see cref="FirstRow"/> to <see cref="LastRow"/> inclusive. Scoring works on rows, because NAB
/// measures how early a detection is, and how far a false alarm is from a window, in rows.
/// </summary>
public sealed record NabWindow(DateTime Start, DateTime End, int FirstRow, int LastRow)
{
    /// <summary>Rows in the window (both edges count).</summary>
    public int Width => LastRow - FirstRow + 1;

    public bool Contains(int row) => row >= FirstRow && row <= LastRow;

    /// <summary>
    /// The window from its labelled timestamps: the first row at or after <paramref name="start"/>
    /// to the last row at or before <paramref name="end"/>. Points must be in time order.
    /// </summary>
    public static NabWindow Locate(IReadOnlyList<MetricPoint> points, DateTime start, DateTime end)
    {
        ArgumentNullException.ThrowIfNull(points);
        var first = FirstAtOrAfter(points, start);
        var last = FirstAtOrAfter(points, end.AddTicks(1)) - 1;
        if (first > last)
        {
            throw new InvalidDataException($"the window {start:O} to {end:O} covers no row of the series.");
        }

        return new NabWindow(start, end, first, last);
    }

    // Binary search: NAB files are long (up to 22k rows) and sorted by time.
    private static int FirstAtOrAfter(IReadOnlyList<MetricPoint> points, DateTime at)
    {
        int low = 0, high = points.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (points[middle].Timestamp < at)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
