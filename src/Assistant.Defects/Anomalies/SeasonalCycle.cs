namespace Assistant.Defects.Anomalies;

/// <summary>
/// The cycle a series repeats: how many rows make one, and how far apart rows are meant to be,
/// so that each row's place in the cycle (its phase) comes from its timestamp. Rows that arrive
/// late, early or after a gap still land on the right phase.
/// </summary>
internal sealed record SeasonalCycle(int Length, long StepTicks, long OriginTicks)
{
    /// <summary>
    /// The usual cycle for a spacing: daily data repeats weekly, hourly and finer data daily (the
    /// planners' week is too long to learn from a few weeks of hours). Weekly or odd spacings get
    /// none. An explicit season overrides this; 1 means none.
    /// </summary>
    public static SeasonalCycle? For(TimeSpan step, int? season, DateTime origin)
    {
        var length = season ?? Guess(step);
        return length > 1 ? new SeasonalCycle(length, step.Ticks, origin.Ticks) : null;
    }

    /// <summary>The phase (0..Length-1) of a timestamp.</summary>
    public int PhaseOf(DateTime timestamp, int row)
    {
        // Without a usable spacing, fall back to counting rows.
        var slot = StepTicks > 0 ? (long)Math.Round((timestamp.Ticks - OriginTicks) / (double)StepTicks) : row;
        var phase = slot % Length;
        return (int)(phase < 0 ? phase + Length : phase);
    }

    /// <summary>The typical spacing: the median of the positive gaps between the given rows.</summary>
    public static TimeSpan TypicalStep(IReadOnlyList<MetricPoint> series, int rows)
    {
        var gaps = new List<long>();
        for (var i = 1; i < Math.Min(rows, series.Count); i++)
        {
            var gap = series[i].Timestamp.Ticks - series[i - 1].Timestamp.Ticks;
            if (gap > 0)
            {
                gaps.Add(gap);
            }
        }

        if (gaps.Count == 0)
        {
            return TimeSpan.Zero;
        }

        gaps.Sort();
        var median = TimeSpan.FromTicks(gaps[gaps.Count / 2]);
        return Snap(median);
    }

    /// <summary>
    /// Readings logged a little early or late still mean a round spacing: a median gap within 10%
    /// of a usual one (a minute to a week) is taken as that one, so the phases stay aligned.
    /// </summary>
    private static TimeSpan Snap(TimeSpan median)
    {
        foreach (var usual in UsualSteps)
        {
            if (Near(median, usual))
            {
                return usual;
            }
        }

        return median;
    }

    private static readonly TimeSpan[] UsualSteps =
    [
        .. new[] { 1, 2, 5, 10, 15, 20, 30 }.Select(m => TimeSpan.FromMinutes(m)),
        .. new[] { 1, 2, 3, 4, 6, 12 }.Select(h => TimeSpan.FromHours(h)),
        TimeSpan.FromDays(1),
        TimeSpan.FromDays(7),
    ];

    private static int Guess(TimeSpan step)
    {
        if (step <= TimeSpan.Zero)
        {
            return 1;
        }

        if (Near(step, TimeSpan.FromDays(1)))
        {
            return 7;
        }

        if (step > TimeSpan.FromHours(1.05))
        {
            return 1;
        }

        // Hourly or finer: a day's worth of rows, when the spacing divides the day evenly.
        var perDay = TimeSpan.FromDays(1).Ticks / (double)step.Ticks;
        var rounded = Math.Round(perDay);
        return Math.Abs(perDay - rounded) < 0.01 * rounded && rounded <= AnomalyOptions.MaxSeason ? (int)rounded : 1;
    }

    private static bool Near(TimeSpan step, TimeSpan target) => Math.Abs(step.Ticks - target.Ticks) <= target.Ticks / 10;
}
