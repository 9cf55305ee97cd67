namespace Assistant.Forecasting.Models;

/// <summary>
/// M4's reference benchmark Naive2: the naive forecast of the seasonally adjusted series, put back
/// on the original scale with the seasonal indices. The series is adjusted by classical
/// multiplicative decomposition only when the M4 seasonality test finds a season (see
/// <see cref="ClassicalDecomposition"/>); otherwise Naive2 is the naive forecast. Intervals are
/// the random walk's on the adjusted scale, ± z·σ·√k, then multiplied by the seasonal index.
/// </summary>
public sealed class Naive2 : IForecaster
{
    public string Name => "Naive2";

    public Forecast Forecast(TimeSeries series, int horizon)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(horizon, 1);
        ArgumentOutOfRangeException.ThrowIfZero(series.Values.Length, nameof(series));
        var adjustment = ClassicalDecomposition.Adjust(series.Values, series.SeasonLength);
        var adjusted = adjustment.Adjusted;
        var path = Enumerable.Repeat(adjusted[^1], horizon).ToArray();
        var sigma = NaiveIntervals.LagErrorScale(adjusted, 1);
        return NaiveIntervals.Around(Name, path, sigma, k => Math.Sqrt(k), adjustment) with
        {
            Fit = new ModelFit(adjustment.IsSeasonal ? "random walk on the seasonally adjusted series" : "random walk (no season found)",
                new Dictionary<string, double> { ["seasonal"] = adjustment.IsSeasonal ? 1 : 0 }, null, sigma),
        };
    }
}
