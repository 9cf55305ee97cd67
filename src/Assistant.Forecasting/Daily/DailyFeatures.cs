namespace Assistant.Forecasting.Daily;

/// <summary>
/// The feature row of one window of a dated daily series: the history before an origin,
/// described for the day <c>step</c> days after it (step 1 = the day at the origin index, the
/// first day not known). Values are divided by the window's level (the mean of the
/// <see cref="LevelDays"/> days before the origin), so that a lane of 300 parcels and a sort
/// center of 300,000 share one model. Nothing at or after the origin is read: the row depends on
/// <c>values[..origin]</c> and on the calendar, which is known in advance.
/// </summary>
public sealed class DailyFeatures(DailyCalendar calendar, bool useEvents)
{
    public const int RecentDays = 14;
    public const int LevelDays = 28;
    public const int WeekdayLags = 4;
    public const int Year = 364;

    /// <summary>The column names, in order: what each number in a row means.</summary>
    public IReadOnlyList<string> Names { get; } = BuildNames(useEvents);

    public int Columns => Names.Count;

    /// <summary>
    /// The level a window is scaled by: the mean of the last <see cref="LevelDays"/> days before
    /// the origin. A site closed for those days would give 0, so it falls back on the mean size of
    /// the last year, and on 1 for a series that was always 0.
    /// </summary>
    public static double Level(ReadOnlySpan<double> values, int origin)
    {
        var recent = Mean(values, origin - LevelDays, origin);
        if (recent > 0)
        {
            return recent;
        }

        var start = Math.Max(0, origin - 365);
        var size = 0.0;
        for (var i = start; i < origin; i++)
        {
            size += Math.Abs(values[i]);
        }

        return size > 0 ? size / (origin - start) : 1.0;
    }

    /// <summary>Writes the features for the day <paramref name="step"/> (1-based) days after <paramref name="origin"/> of a series starting on <paramref name="firstDay"/>.</summary>
    public void Fill(Span<float> row, ReadOnlySpan<double> values, DateOnly firstDay, int origin, int step, double level)
    {
        var c = 0;
        var target = origin + step - 1;
        var targetDay = firstDay.AddDays(target);
        float At(ReadOnlySpan<double> v, int index) => index >= 0 && index < origin ? (float)(v[index] / level) : float.NaN;

        for (var k = 1; k <= RecentDays; k++)
        {
            row[c++] = At(values, origin - k);
        }

        // The same weekday as the target in the latest weeks before the origin.
        var firstWeek = (step + 6) / 7;
        for (var k = 0; k < WeekdayLags; k++)
        {
            row[c++] = At(values, target - 7 * (firstWeek + k));
        }

        row[c++] = (float)(Mean(values, origin - 7, origin) / level);
        row[c++] = (float)(StdDev(values, origin - 7, origin) / level);
        row[c++] = (float)(StdDev(values, origin - LevelDays, origin) / level);
        row[c++] = origin >= 91 ? (float)(Mean(values, origin - 91, origin) / level) : float.NaN;

        // A year ago: the level then (growth since) and the same weekday of the target's week.
        // With events known, a day a year back that was another event than the target (Prime
        // Day moves by a week from year to year) is left out: it would teach a peak on the wrong
        // days; the same event last year is a feature of its own.
        row[c++] = origin - Year - LevelDays >= 0 ? (float)(Mean(values, origin - Year - LevelDays, origin - Year) / level) : float.NaN;
        var yearBack = target - Year;
        var otherEvent = useEvents && yearBack >= 0 && calendar.Code(firstDay.AddDays(yearBack)) is var was and not EventCode.None
            && was != calendar.Code(targetDay);
        row[c++] = otherEvent ? float.NaN : At(values, yearBack);

        row[c++] = (int)targetDay.DayOfWeek;
        row[c++] = targetDay.Month;
        row[c++] = targetDay.DayOfYear;

        if (useEvents)
        {
            row[c++] = calendar.Code(targetDay);
            row[c++] = calendar.IsEvent(targetDay) ? 1 : 0;
            row[c++] = DailyCalendar.DaysFromBlackFriday(targetDay);
            row[c++] = DailyCalendar.DaysFromPrimeDay(targetDay);
            row[c++] = Flag(firstDay, target - Year);
            // How big the same event was last year (Thanksgiving moves, so 364 days back can miss it).
            row[c++] = calendar.SameEventLastYear(targetDay) is { } last ? At(values, last.DayNumber - firstDay.DayNumber) : float.NaN;
            for (var k = 1; k <= RecentDays; k++)
            {
                row[c++] = Flag(firstDay, origin - k);
            }

            for (var k = 0; k < WeekdayLags; k++)
            {
                row[c++] = Flag(firstDay, target - 7 * (firstWeek + k));
            }
        }

        row[c++] = step;
        row[c++] = (float)Math.Log(Math.Max(level, 1e-9));
        if (c != row.Length)
        {
            throw new ArgumentException($"The row has {row.Length} columns; the features fill {c}.", nameof(row));
        }
    }

    private float Flag(DateOnly firstDay, int index) =>
        index >= 0 && firstDay.AddDays(index) >= calendar.First ? (calendar.IsEvent(firstDay.AddDays(index)) ? 1 : 0) : float.NaN;

    private static double Mean(ReadOnlySpan<double> values, int from, int to)
    {
        from = Math.Max(0, from);
        if (to <= from)
        {
            return 0;
        }

        var sum = 0.0;
        for (var i = from; i < to; i++)
        {
            sum += values[i];
        }

        return sum / (to - from);
    }

    private static double StdDev(ReadOnlySpan<double> values, int from, int to)
    {
        from = Math.Max(0, from);
        if (to - from < 2)
        {
            return 0;
        }

        var mean = Mean(values, from, to);
        var sum = 0.0;
        for (var i = from; i < to; i++)
        {
            sum += (values[i] - mean) * (values[i] - mean);
        }

        return Math.Sqrt(sum / (to - from - 1));
    }

    private static List<string> BuildNames(bool useEvents)
    {
        var names = new List<string>();
        names.AddRange(Enumerable.Range(1, RecentDays).Select(k => $"value {k} days before the origin"));
        names.AddRange(Enumerable.Range(0, WeekdayLags).Select(k => $"same weekday, latest week {k + 1} before the origin"));
        names.AddRange(["mean of last 7 days", "std of last 7 days", "std of last 28 days", "mean of last 91 days"]);
        names.AddRange(["level a year before", "value 364 days before the target"]);
        names.AddRange(["target day of week", "target month", "target day of year"]);
        if (useEvents)
        {
            names.AddRange(["target event code", "target is an event", "days from Black Friday", "days from Prime Day"]);
            names.AddRange(["364 days before the target was an event", "same event last year"]);
            names.AddRange(Enumerable.Range(1, RecentDays).Select(k => $"day {k} before the origin was an event"));
            names.AddRange(Enumerable.Range(0, WeekdayLags).Select(k => $"same weekday, latest week {k + 1} was an event"));
        }

        names.AddRange(["step ahead", "log level"]);
        return names;
    }
}
