namespace Assistant.Forecasting.Data;

/// <summary>
/// One tourism competition series: history, held-out values, and when the history starts
/// (year, and the month or quarter; 1 for yearly series).
/// </summary>
public sealed record TourismSeries(string Id, double[] Train, double[] Test, int StartYear, int StartPeriod, int SeasonLength)
{
    public TimeSeries History => new(Id, Train, SeasonLength);
}
