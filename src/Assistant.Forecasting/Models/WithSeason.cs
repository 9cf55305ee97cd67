namespace Assistant.Forecasting.Models;

/// <summary>Runs a model with another season length than the series declares (weekly 168 for hourly data, say).</summary>
public sealed class WithSeason(IForecaster inner, int seasonLength) : IForecaster
{
    public string Name => $"{inner.Name} (m = {seasonLength})";

    public Forecast Forecast(TimeSeries series, int horizon) =>
        series.Length > seasonLength
            ? inner.Forecast(series with { SeasonLength = seasonLength }, horizon)
            : inner.Forecast(series, horizon);
}
