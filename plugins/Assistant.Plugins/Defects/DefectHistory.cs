using System.Collections.Concurrent;
using Assistant.Core;
using Assistant.Core.History;
using Assistant.Core.Network;
using Assistant.Core.Store;

namespace Assistant.Plugins.Defects;

/// <summary>
/// The scored daily series of sites and lanes, over the whole history. Scores use only the days
/// before each day, so scoring to the last day and slicing gives the same numbers as scoring to
/// any earlier end; the scores are kept until the history changes.
/// </summary>
public sealed class DefectHistory(INetworkStore store)
{
    private readonly ConcurrentDictionary<(string Scope, DefectSignal Signal, DateOnly Last), Task<IReadOnlyList<ScoredDay>>> _scored = new();

    public async Task<HistoryWindow> WindowAsync(CancellationToken cancellationToken) =>
        await store.GetHistoryWindowAsync(cancellationToken)
            ?? throw new InputError("The store holds no history yet. Run `assistant data init` to load the demo network.");

    /// <summary>The site's series for the signal; empty when the site does not record it (missorts at a delivery station).</summary>
    public Task<IReadOnlyList<ScoredDay>> SiteAsync(string site, DefectSignal signal, HistoryWindow window, CancellationToken cancellationToken) =>
        _scored.GetOrAdd(("site:" + site, signal, window.Last), _ => Task.Run(async () =>
        {
            var days = await store.GetSiteDaysAsync(site, window.First, window.Last, CancellationToken.None);
            var series = days.Where(d => signal.Read(d) is not null).Select(d => (d.Date, signal.Read(d)!.Value)).ToList();
            return DailyAnomalies.Score(series, signal);
        }, CancellationToken.None)).WaitAsync(cancellationToken);

    /// <summary>The lane's packages or late departures; other signals are not kept per lane.</summary>
    public Task<IReadOnlyList<ScoredDay>> LaneAsync(string lane, DefectSignal signal, HistoryWindow window, CancellationToken cancellationToken)
    {
        if (signal is not (DefectSignal.Packages or DefectSignal.LateDepartures))
        {
            throw new InputError($"Lanes record packages and late departures; {signal.Describe()} is kept per sort center.");
        }

        return _scored.GetOrAdd(("lane:" + lane, signal, window.Last), _ => Task.Run(async () =>
        {
            var days = await store.GetLaneDaysAsync(lane, window.First, window.Last, CancellationToken.None);
            var series = days.Select(d => (d.Date, signal == DefectSignal.Packages ? (double)d.Packages : d.LateDepartures)).ToList();
            return DailyAnomalies.Score(series, signal);
        }, CancellationToken.None)).WaitAsync(cancellationToken);
    }

    /// <summary>The signals a site records: missort rate and dwell only at sort centers.</summary>
    public static IReadOnlyList<DefectSignal> SignalsOf(Site site) => site.Kind == SiteKind.SortCenter
        ? DefectSignals.All
        : [DefectSignal.Packages, DefectSignal.LateDepartures];
}
