using Assistant.Forecasting.Hierarchy;

namespace Assistant.Forecasting.Daily;

/// <summary>
/// Forecasts a hierarchy of daily series (lane → delivery station → region → network, or any
/// other) so that the parts add up to the whole: every series gets its own base forecast from
/// the event-adjusted <paramref name="model"/>, then <paramref name="reconciler"/> (MinT with a
/// shrunk covariance by default) makes them coherent. Uses the last
/// <see cref="DailyVolumeForecaster.HistoryDays"/> days, like the single-series forecaster, so
/// each event's effect is learnt from earlier years; the models themselves are fitted on the last
/// <paramref name="fitDays"/> event-adjusted days, because a hierarchy has many series (124 on
/// the demo network) and a year of ordinary days is plenty for a weekly season.
/// </summary>
public sealed class DailyHierarchyForecaster(IResidualForecaster model, IReconciler reconciler, int fitDays = DailyHierarchyForecaster.DefaultFitDays)
{
    public const int DefaultFitDays = 365 + 7;

    public DailyHierarchyForecaster()
        : this(new EtsWithResiduals(), new MinTrace())
    {
    }

    /// <summary>
    /// Forecasts <paramref name="horizon"/> days after the histories end. <paramref name="bottom"/>
    /// holds one daily series per bottom series of <paramref name="hierarchy"/>, all starting on
    /// <paramref name="firstDay"/> and of equal length. <paramref name="seriesFitted"/>, when
    /// given, is called (from any thread) as each of the <see cref="SeriesHierarchy.Count"/> series
    /// is fitted, so a caller can tell how far a long fit has got.
    /// </summary>
    public DailyHierarchyForecast Forecast(SeriesHierarchy hierarchy, DateOnly firstDay, IReadOnlyList<double[]> bottom, int horizon, Action? seriesFitted = null)
    {
        if (horizon is < 1 or > DailyVolumeForecaster.MaxHorizonDays)
        {
            throw new ArgumentOutOfRangeException(nameof(horizon), $"The horizon must be 1 to {DailyVolumeForecaster.MaxHorizonDays} days.");
        }

        var length = bottom.Count == 0 ? 0 : bottom[0].Length;
        var skip = Math.Max(0, length - DailyVolumeForecaster.HistoryDays);
        var trimmed = bottom.Select(b => b.Length == length
            ? b[skip..]
            : throw new ArgumentException("The bottom series differ in length.", nameof(bottom))).ToList();
        if (length - skip < 3 * 7 + horizon)
        {
            throw new ArgumentException($"At least {3 * 7 + horizon} days of history are needed for a {horizon}-day forecast; there are {length - skip}.", nameof(bottom));
        }

        var first = firstDay.AddDays(skip);
        var history = hierarchy.Aggregate(trimmed);
        var results = new ForecastWithResiduals[hierarchy.Count];
        var adjusted = new EventAdjustedResiduals(model, fitDays);
        // One thread a core: the fits are CPU-bound, and an uncapped loop takes every thread the
        // pool adds, so a server answering other questions meanwhile would starve.
        var cores = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, hierarchy.Count, cores, i =>
        {
            results[i] = adjusted.Forecast(new TimeSeries(hierarchy.Series[i].Id, history[i], 7) { FirstDay = first }, horizon);
            seriesFitted?.Invoke();
        });

        var baseForecasts = new BaseForecasts([.. results.Select(r => r.Forecast.Mean)], [.. results.Select(r => r.Residuals)]);
        var reconciled = reconciler.Reconcile(hierarchy, baseForecasts);
        return new DailyHierarchyForecast(
            hierarchy, first.AddDays(history[0].Length), baseForecasts.Mean, reconciled.Mean,
            adjusted.Name, reconciled.Method, reconciled.ShrinkageIntensity,
            hierarchy.CoherenceError(baseForecasts.Mean), hierarchy.CoherenceError(reconciled.Mean),
            history[0].Length);
    }
}
