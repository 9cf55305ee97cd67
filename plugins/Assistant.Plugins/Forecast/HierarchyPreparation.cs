using System.Diagnostics;
using Assistant.Core.Network;
using Assistant.Forecasting.Daily;

namespace Assistant.Plugins.Forecast;

/// <summary>
/// One fit of the whole delivery hierarchy for a network version and last history day, shared by
/// every question (and the start-up warm-up) that needs it, with how far it has got: the first
/// fit of a day takes tens of seconds on a busy machine, and someone asking meanwhile is told so.
/// </summary>
internal sealed class HierarchyPreparation
{
    private readonly NetworkCatalog _catalog;
    private readonly Lazy<Task<DailyHierarchyForecast>> _forecast;
    private long _started;
    private int _fitted;
    private int _series;

    /// <param name="fit">Starts the fit; called once, by the first to ask for <see cref="Forecast"/>.</param>
    public HierarchyPreparation(NetworkCatalog catalog, DateOnly last, Func<HierarchyPreparation, Task<DailyHierarchyForecast>> fit)
    {
        _catalog = catalog;
        Last = last;
        // Several threads may race to publish a preparation; only the one published is ever started.
        _forecast = new Lazy<Task<DailyHierarchyForecast>>(() =>
        {
            Volatile.Write(ref _started, Stopwatch.GetTimestamp());
            return fit(this);
        });
    }

    public DateOnly Last { get; }

    /// <summary>The fit, started on first use.</summary>
    public Task<DailyHierarchyForecast> Forecast => _forecast.Value;

    /// <summary>True when this fit answers for the network and history given (a failed fit is tried again).</summary>
    public bool IsFor(NetworkCatalog catalog, DateOnly last) =>
        ReferenceEquals(_catalog, catalog) && Last == last && !(_forecast.IsValueCreated && _forecast.Value.IsFaulted);

    public void SeriesCount(int count) => Volatile.Write(ref _series, count);

    public void SeriesFitted() => Interlocked.Increment(ref _fitted);

    /// <summary>Whole percent of the series fitted (99 at most until the forecast is done: reconciling follows).</summary>
    public int PercentDone
    {
        get
        {
            if (Forecast.IsCompletedSuccessfully)
            {
                return 100;
            }

            var series = Volatile.Read(ref _series);
            return series == 0 ? 0 : Math.Min(99, 100 * Volatile.Read(ref _fitted) / series);
        }
    }

    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(Volatile.Read(ref _started));
}
