using System.Diagnostics;
using Assistant.Forecasting;

namespace Assistant.Bench;

/// <summary>
/// One model's forecasts for every series of a set, made in parallel over the series on all
/// cores, with the wall time of the whole set. A model that throws, or returns a path of the wrong
/// length or with non-finite values, fails the run with the series named, rather than skewing the
/// scores.
/// </summary>
public sealed record M4ModelRun(string Model, Forecast[] Forecasts, double Seconds)
{
    public static M4ModelRun Forecast(string name, IReadOnlyList<TimeSeries> series, int horizon)
    {
        var model = M4Models.Create(name);
        var forecasts = new Forecast[series.Count];
        var started = Stopwatch.GetTimestamp();
        Parallel.For(0, series.Count, i =>
        {
            Forecast forecast;
            try
            {
                forecast = model.Forecast(series[i], horizon);
            }
            catch (Exception e)
            {
                throw new InvalidOperationException($"{name} failed on series {series[i].Id}: {e.Message}", e);
            }

            if (forecast.Mean.Length != horizon || forecast.Mean.Any(v => !double.IsFinite(v)))
            {
                throw new InvalidOperationException($"{name} returned {forecast.Mean.Length} values (or a non-finite one) for series {series[i].Id}; the horizon is {horizon}.");
            }

            forecasts[i] = forecast;
        });
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        return new M4ModelRun(model.Name, forecasts, seconds);
    }

    /// <summary>Whether the model made real 95% intervals (not the point path repeated), so that MSIS means something.</summary>
    public bool HasIntervals => Forecasts.Any(f => f.Upper95.AsSpan().SequenceCompareTo(f.Lower95) != 0);
}
