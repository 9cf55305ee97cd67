namespace Assistant.Forecasting.Models;

/// <summary>
/// The naive forecast (M4's "Naive 1"): every future period equals the last observed value.
/// Intervals are those of a random walk, last ± z·σ·√k, σ the root mean square of the in-sample
/// one-step changes x_t − x_{t−1}.
/// </summary>
public sealed class Naive : IForecaster
{
    public string Name => "Naive";

    public Forecast Forecast(TimeSeries series, int horizon)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(horizon, 1);
        var values = series.Values;
        ArgumentOutOfRangeException.ThrowIfZero(values.Length, nameof(series));
        var path = Enumerable.Repeat(values[^1], horizon).ToArray();
        var sigma = NaiveIntervals.LagErrorScale(values, 1);
        return NaiveIntervals.Around(Name, path, sigma, k => Math.Sqrt(k), SeasonalAdjustment.None(values)) with
        {
            Fit = new ModelFit("random walk", new Dictionary<string, double>(), null, sigma),
        };
    }
}
