namespace Assistant.Forecasting.Batch;

/// <summary>
/// How far apart a series' observations are, and the season a model should look for by default:
/// a day of hours, a week of days. Weekly data gets no season, because a year of weeks (52 or 53)
/// is rarely long or regular enough to estimate, as the M4 weekly series show. Hourly data also
/// carries its weekly cycle (168 hours) as a further season, which only the models that handle
/// several seasons (mstl) read.
/// </summary>
public sealed record SeriesFrequency(string Code, string Name, TimeSpan Step, int DefaultSeason)
{
    public static readonly SeriesFrequency Hourly = new("H", "hourly", TimeSpan.FromHours(1), 24) { MoreSeasons = [168] };
    public static readonly SeriesFrequency Daily = new("D", "daily", TimeSpan.FromDays(1), 7);
    public static readonly SeriesFrequency Weekly = new("W", "weekly", TimeSpan.FromDays(7), 1);

    /// <summary>Cycles beyond the default season that the data has (<see cref="TimeSeries.MoreSeasonLengths"/>).</summary>
    public IReadOnlyList<int> MoreSeasons { get; init; } = [];

    public static IReadOnlyList<SeriesFrequency> All { get; } = [Hourly, Daily, Weekly];

    /// <summary>The frequency with this code (H, D or W, any case), or null.</summary>
    public static SeriesFrequency? FromCode(string code) =>
        All.FirstOrDefault(f => string.Equals(f.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The frequency whose step is exactly this spacing, or null.</summary>
    public static SeriesFrequency? FromStep(TimeSpan step) => All.FirstOrDefault(f => f.Step == step);
}
