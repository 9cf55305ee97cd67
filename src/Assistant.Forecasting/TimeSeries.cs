namespace Assistant.Forecasting;

/// <summary>
/// A regularly spaced series to forecast: its values, oldest first, and its main season length
/// in periods (24 for hourly data with a daily cycle, 7 for daily data with a weekly cycle, 1 for
/// none). Further season lengths (168 for the weekly cycle of hourly data) are for the models
/// that handle several.
/// </summary>
public sealed record TimeSeries(string Id, double[] Values, int SeasonLength)
{
    public IReadOnlyList<int> MoreSeasonLengths { get; init; } = [];

    /// <summary>For daily series: the date of the first value, so that models can use the calendar.</summary>
    public DateOnly? FirstDay { get; init; }

    public int Length => Values.Length;
}
