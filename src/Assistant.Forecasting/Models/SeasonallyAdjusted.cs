namespace Assistant.Forecasting.Models;

/// <summary>
/// A second, longer season taken out before the inner model runs and put back after it: for
/// hourly data, the weekly cycle (168 hours) by classical decomposition, so that a model with the
/// daily season (24) sees a series with only one cycle left. Used when the series has at least
/// two full long cycles and the long season passes the decomposition's seasonality test.
/// </summary>
public sealed class SeasonallyAdjusted(IForecaster inner, int longSeason) : IForecaster
{
    public string Name => $"{inner.Name} with season {longSeason} removed";

    public Forecast Forecast(TimeSeries series, int horizon)
    {
        if (series.Length < 2 * longSeason || series.Values.Any(v => v <= 0))
        {
            return inner.Forecast(series, horizon);
        }

        var indices = ClassicalDecomposition.SeasonalIndices(series.Values, longSeason);
        if (indices.Any(i => !(double.IsFinite(i) && i > 0)))
        {
            return inner.Forecast(series, horizon);
        }

        var adjusted = series.Values.Select((v, t) => v / indices[t % longSeason]).ToArray();
        var forecast = inner.Forecast(series with { Values = adjusted }, horizon);
        double[] Back(double[] path) => path.Select((v, k) => v * indices[(series.Length + k) % longSeason]).ToArray();
        return new Forecast(Name, Back(forecast.Mean), Back(forecast.Lower80), Back(forecast.Upper80), Back(forecast.Lower95), Back(forecast.Upper95))
        {
            Fit = forecast.Fit,
        };
    }
}
