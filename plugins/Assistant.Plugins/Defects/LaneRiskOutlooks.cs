using Assistant.Core;
using Assistant.Core.History;
using Assistant.Core.Network;
using Assistant.Core.Store;
using Assistant.Defects.Risk;
using Assistant.Plugins.Charts;
using Assistant.Plugins.Forecast;
using Assistant.Plugins.Network;

namespace Assistant.Plugins.Defects;

/// <summary>
/// Builds each lane's outlook for the coming days and ranks them with <see cref="LaneRiskRanking"/>.
/// A lane's expected volume on a day is its average on that weekday over the last four weeks,
/// scaled by how the network forecast for that day compares with the network on that weekday
/// over the same four weeks: one forecast fit serves every lane, and the lane keeps its own
/// weekly shape. Its capacity is the most trucks it ran in a day over those weeks: beyond that it
/// needs trucks its carriers have not supplied lately.
/// </summary>
public sealed class LaneRiskOutlooks(INetworkStore store, ForecastPlugin forecasts)
{
    public const int MaxDays = 14;

    /// <summary>A lane is counted as at risk from this risk on.</summary>
    public const double RiskFloor = 0.5;

    private const int Weeks = 4;
    private const int RecentDays = 7;
    private const int BaselineDays = 28;

    private readonly LaneRiskRanking _ranking = new();

    public async Task<LanesAtRiskResult> RankAsync(string? site, string? region, int? days, string? start, string? end, int count, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(site) && !string.IsNullOrWhiteSpace(region))
        {
            throw new InputError("Give a site or a region, not both.");
        }

        if (days is { } asked && (asked < 1 || asked > MaxDays))
        {
            throw new InputError($"Days ahead must be 1 to {MaxDays}; {asked} was asked.");
        }

        if (count is < 1 or > 50)
        {
            throw new InputError($"Count must be 1 to 50; {count} was asked.");
        }

        var catalog = await store.GetCatalogAsync(cancellationToken);
        var window = await store.GetHistoryWindowAsync(cancellationToken)
            ?? throw new InputError("The store holds no history yet. Run `assistant data init` to load the demo network.");
        var (scope, lanes) = Lanes(catalog, site, region);
        var (first, last, notes) = Period(window, days, start, end);
        var horizon = last.DayNumber - first.DayNumber + 1;

        var forecast = await Task.Run(() => forecasts.ForecastVolume(start: HistoryRange.Iso(first), end: HistoryRange.Iso(last), cancellationToken: cancellationToken), cancellationToken);
        var recentFrom = window.Last.AddDays(1 - 7 * Weeks);
        var network = await store.GetVolumeAsync(VolumeScope.Network, recentFrom, window.Last, cancellationToken);
        var growth = forecast.Daily.Select(day =>
        {
            var same = network.Where(n => n.Date.DayOfWeek == day.Date.DayOfWeek).Select(n => (double)n.Packages).ToList();
            return same.Count == 0 || same.Average() <= 0 ? 1.0 : day.Packages / same.Average();
        }).ToList();

        var outlooks = new List<LaneOutlook>();
        var volumeAndTrucks = new Dictionary<string, (double PackagesPerDay, int MostTrucks)>();
        foreach (var lane in lanes)
        {
            var history = await store.GetLaneDaysAsync(lane.Id, window.Last.AddDays(1 - RecentDays - BaselineDays), window.Last, cancellationToken);
            var lastWeeks = history.Where(d => d.Date >= recentFrom).ToList();
            if (lastWeeks.Sum(d => d.Trucks) == 0)
            {
                continue;   // a lane that has not run lately has no trucks to leave late
            }

            var expected = new List<double>();
            for (var i = 0; i < forecast.Daily.Count; i++)
            {
                var same = lastWeeks.Where(d => d.Date.DayOfWeek == forecast.Daily[i].Date.DayOfWeek).ToList();
                expected.Add(same.Count == 0 ? 0 : same.Average(d => d.Packages) * growth[i]);
            }

            var mostTrucks = lastWeeks.Max(d => d.Trucks);

            var recent = history.Where(d => d.Date > window.Last.AddDays(-RecentDays)).ToList();
            var before = history.Where(d => d.Date <= window.Last.AddDays(-RecentDays)).ToList();
            var recentTrucks = recent.Sum(d => d.Trucks);
            var beforeTrucks = before.Sum(d => d.Trucks);
            outlooks.Add(new LaneOutlook(
                lane.Id,
                expected,
                (double)mostTrucks * lane.TrailerCapacityPackages,
                recentTrucks == 0 ? 0 : recent.Sum(d => d.LateDepartures) / (double)recentTrucks,
                beforeTrucks == 0 ? 0 : before.Sum(d => d.LateDepartures) / (double)beforeTrucks,
                recentTrucks));
            volumeAndTrucks[lane.Id] = (expected.Average(), mostTrucks);
        }

        if (outlooks.Count == 0)
        {
            throw new InputError($"No lane of {scope.Name} ran trucks in the last {7 * Weeks} days, so there is nothing to assess.");
        }

        var ranked = _ranking.Rank(outlooks);
        var shown = ranked.Take(count).Select((r, i) => new LaneAtRisk(
            i + 1, r.LaneId, Math.Round(100 * r.Risk, 1), Math.Round(100 * r.PeakUtilisation, 1), r.DaysOverCapacity,
            Math.Round(100 * r.RecentLateShare, 1), Math.Round(100 * r.BaselineLateShare, 1),
            (long)Math.Round(volumeAndTrucks[r.LaneId].PackagesPerDay), volumeAndTrucks[r.LaneId].MostTrucks, r.Reasons)).ToList();
        var atRisk = ranked.Count(r => r.Risk >= RiskFloor);
        if (atRisk == 0)
        {
            notes.Add($"No lane reaches a {100 * RiskFloor:0}% risk; the list shows the highest anyway.");
        }

        return new LanesAtRiskResult(scope, first, last, horizon, outlooks.Count, atRisk, 100 * RiskFloor, shown,
            $"For each lane: expected volume per day = its average on that weekday over the last {Weeks} weeks × (network forecast for the day ÷ network average on that weekday over those weeks; network forecast model {forecast.Model}); capacity = the most trucks it ran in a day over those weeks × trailer capacity. Pressure rises from {100 * LaneRiskRanking.FullFrom:0}% of that capacity to certain at {100 * LaneRiskRanking.CertainAt:0}%; the late trend compares the share of trucks that left late in the last {RecentDays} days with the {BaselineDays} days before (a doubling over the baseline is an even chance, discounted below {LaneRiskRanking.TrustedTrucks} trucks). Risk = 1 − (1 − pressure)(1 − trend).",
            notes,
            VegaLiteChart.Ranking($"Late-departure risk, {scope.Name}, {HistoryRange.Iso(first)} to {HistoryRange.Iso(last)}",
                shown.Select(l => (l.Lane, l.RiskPct)), "Risk (%)"));
    }

    /// <summary>
    /// The days to look at: from the day after the history, for <paramref name="days"/> days, or
    /// through the end asked ("this week" ends on Sunday); a start later than the first forecast
    /// day narrows the window. Days already in the history are not "coming".
    /// </summary>
    private static (DateOnly First, DateOnly Last, List<string> Notes) Period(HistoryWindow window, int? days, string? start, string? end)
    {
        var notes = new List<string>();
        var next = window.Last.AddDays(1);
        var from = HistoryRange.ParseDay(start, "start");
        var to = HistoryRange.ParseDay(end, "end");
        if (to is { } t && t < next)
        {
            throw new InputError($"Lanes at risk look ahead, from {HistoryRange.Iso(next)} (the day after the history); {HistoryRange.Iso(t)} has passed. For what happened, ask for late departures or anomalies over those days.");
        }

        var first = from is { } f && f > next ? f : next;
        if (from is { } g && g < next)
        {
            notes.Add($"History runs to {HistoryRange.Iso(window.Last)}, so the outlook starts {HistoryRange.Iso(next)}.");
        }

        var last = to ?? first.AddDays((days ?? 7) - 1);
        if (last < first)
        {
            throw new InputError($"The end {HistoryRange.Iso(last)} is before the start {HistoryRange.Iso(first)}.");
        }

        if (last.DayNumber - next.DayNumber + 1 > MaxDays)
        {
            throw new InputError($"Lanes at risk look at most {MaxDays} days ahead (to {HistoryRange.Iso(next.AddDays(MaxDays - 1))}); {HistoryRange.Iso(last)} is further.");
        }

        return (first, last, notes);
    }

    private static (ScopeInfo Scope, IReadOnlyList<Lane> Lanes) Lanes(NetworkCatalog catalog, string? site, string? region)
    {
        var trucked = catalog.Lanes.Where(l => l.TrailerCapacityPackages > 0);
        if (!string.IsNullOrWhiteSpace(site))
        {
            var found = PlaceResolver.Site(catalog, site);
            return (new ScopeInfo("site", found.Code, found.Name), trucked.Where(l => l.Origin == found.Code || l.Destination == found.Code).ToList());
        }

        if (!string.IsNullOrWhiteSpace(region))
        {
            var found = PlaceResolver.Region(catalog, region);
            var sites = catalog.SitesIn(found.Code).Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
            return (new ScopeInfo("region", found.Code, found.Name), trucked.Where(l => sites.Contains(l.Origin)).ToList());
        }

        return (new ScopeInfo("network", null, "the network"), trucked.ToList());
    }
}
