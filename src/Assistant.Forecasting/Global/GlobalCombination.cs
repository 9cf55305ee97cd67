namespace Assistant.Forecasting.Global;

/// <summary>
/// The equal-weight mean of a global model's forecasts and per-series models' forecasts, period
/// by period; the interval bounds are averaged the same way. The per-series models run in
/// parallel over the series.
/// </summary>
public sealed class GlobalCombination(string name, IGlobalForecaster global, IReadOnlyList<IForecaster> local) : IGlobalForecaster
{
    public string Name => name;

    public IReadOnlyList<Forecast> Forecast(IReadOnlyList<TimeSeries> series, int horizon)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentOutOfRangeException.ThrowIfLessThan(horizon, 1);
        var fromGlobal = global.Forecast(series, horizon);
        var combined = new Forecast[series.Count];
        Parallel.For(0, series.Count, i =>
        {
            var members = local.Select(m => m.Forecast(series[i], horizon)).Prepend(fromGlobal[i]).ToList();
            double[] Mean(Func<Forecast, double[]> part) =>
                [.. Enumerable.Range(0, horizon).Select(h => members.Average(f => part(f)[h]))];
            combined[i] = new Forecast(Name, Mean(f => f.Mean), Mean(f => f.Lower80), Mean(f => f.Upper80), Mean(f => f.Lower95), Mean(f => f.Upper95));
        });
        return combined;
    }
}
