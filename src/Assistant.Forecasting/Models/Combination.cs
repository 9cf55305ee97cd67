namespace Assistant.Forecasting.Models;

/// <summary>
/// The average of several models' forecasts, period by period: combining different methods is
/// one of the steadiest gains in forecasting (the M4 lesson). Interval bounds are averaged too,
/// which keeps them nested and close to the members' own.
/// </summary>
public sealed class Combination(string name, IReadOnlyList<IForecaster> members) : IForecaster
{
    public string Name => name;

    public Forecast Forecast(TimeSeries series, int horizon)
    {
        if (members.Count == 0)
        {
            throw new InvalidOperationException("A combination needs at least one member.");
        }

        var forecasts = members.Select(m => m.Forecast(series, horizon)).ToList();
        double[] Mean(Func<Forecast, double[]> pick) =>
            Enumerable.Range(0, horizon).Select(h => forecasts.Average(f => pick(f)[h])).ToArray();
        return new Forecast(name, Mean(f => f.Mean), Mean(f => f.Lower80), Mean(f => f.Upper80), Mean(f => f.Lower95), Mean(f => f.Upper95))
        {
            Fit = new ModelFit($"mean of {string.Join(", ", forecasts.Select(f => f.Model))}", new Dictionary<string, double>(), null, 0),
        };
    }
}
