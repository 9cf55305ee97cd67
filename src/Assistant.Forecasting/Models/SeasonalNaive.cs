namespace Assistant.Forecasting.Models;

/// <summary>
/// The seasonal naive forecast (M4's "sNaive"): each future period equals the value one season
/// earlier, x̂_{n+k} = x_{n+k−m·⌈k/m⌉}. With no season (m = 1) or less than one full season of
/// history it is the naive forecast, as in the M4 benchmark code. Intervals: ± z·σ·√⌈k/m⌉, σ the
/// root mean square of the in-sample seasonal differences x_t − x_{t−m}, because k periods ahead
/// the forecast has taken ⌈k/m⌉ seasonal random-walk steps.
/// </summary>
public sealed class SeasonalNaive : IForecaster
{
    public string Name => "sNaive";

    public Forecast Forecast(TimeSeries series, int horizon)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(horizon, 1);
        var values = series.Values;
        ArgumentOutOfRangeException.ThrowIfZero(values.Length, nameof(series));
        var m = series.SeasonLength > 1 && values.Length >= series.SeasonLength ? series.SeasonLength : 1;
        var n = values.Length;
        var path = new double[horizon];
        for (var k = 1; k <= horizon; k++)
        {
            path[k - 1] = values[n - m + ((k - 1) % m)];
        }

        var sigma = NaiveIntervals.LagErrorScale(values, m);
        return NaiveIntervals.Around(Name, path, sigma, k => Math.Sqrt((k + m - 1) / m), SeasonalAdjustment.None(values)) with
        {
            Fit = new ModelFit(m > 1 ? $"seasonal random walk, season {m}" : "random walk", new Dictionary<string, double> { ["season"] = m }, null, sigma),
        };
    }
}
