using System.Globalization;
using Assistant.Core;
using Assistant.Core.History;
using Assistant.Core.Network;
using Assistant.Core.Store;
using Assistant.Defects;
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
/// weekly shape. Usual trucks are the median the lane ran on that weekday over those weeks.
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

    public async Task<LanesAtRiskResult> RankAsync(string? site, string? region, int? days, int count, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(site) && !string.IsNullOrWhiteSpace(region))
        {
            throw new InputError("Give a site or a region, not both.");
        }

        var horizon = days ?? 7;
        if (horizon is < 1 or > MaxDays)
        {
            throw new InputError($"Days ahead must be 1 to {MaxDays}; {horizon} was asked.");
        }

        if (count is < 1 or > 50)
        {
            throw new InputError($"Count must be 1 to 50; {count} was asked.");
        }

        var catalog = await store.GetCatalogAsync(cancellationToken);
        var window = await store.GetHistoryWindowAsync(cancellationToken)
            ?? throw new InputError("The store holds no history yet. Run `assistant data init` to load the demo network.");
        var (scope, lanes) = Lanes(catalog, site, region);
        var first = window.Last.AddDays(1);
        var last = first.AddDays(horizon - 1);

        var forecast = await Task.Run(() => forecasts.ForecastVolume(start: HistoryRange.Iso(first), end: HistoryRange.Iso(last), cancellationToken: cancellationToken), cancellationToken);
        var recentFrom = window.Last.AddDays(1 - 7 * Weeks);
        var network = await store.GetVolumeAsync(VolumeScope.Network, recentFrom, window.Last, cancellationToken);
        var growth = forecast.Daily.Select(day =>
        {
            var same = network.Where(n => n.Date.DayOfWeek == day.Date.DayOfWeek).Select(n => (double)n.Packages).ToList();
            return same.Count == 0 || same.Average() <= 0 ? 1.0 : day.Packages / same.Average();
        }).ToList();

        var outlooks = new List<LaneOutlook>();
        var usual = new Dictionary<string, (double Packages, double Trucks)>();
        foreach (var lane in lanes)
        {
            var history = await store.GetLaneDaysAsync(lane.Id, window.Last.AddDays(1 - RecentDays - BaselineDays), window.Last, cancellationToken);
            var lastWeeks = history.Where(d => d.Date >= recentFrom).ToList();
            if (lastWeeks.Sum(d => d.Trucks) == 0)
            {
                continue;   // a lane that has not run lately has no trucks to leave late
            }

            var expected = new List<double>();
            var capacity = new List<double>();
            for (var i = 0; i < forecast.Daily.Count; i++)
            {
                var same = lastWeeks.Where(d => d.Date.DayOfWeek == forecast.Daily[i].Date.DayOfWeek).ToList();
                expected.Add(same.Count == 0 ? 0 : same.Average(d => d.Packages) * growth[i]);
                var trucks = same.Select(d => (double)d.Trucks).ToArray();
                capacity.Add(Math.Max(1, trucks.Length == 0 ? 0 : RobustStatistics.Median(trucks)) * lane.TrailerCapacityPackages);
            }

            var recent = history.Where(d => d.Date > window.Last.AddDays(-RecentDays)).ToList();
            var before = history.Where(d => d.Date <= window.Last.AddDays(-RecentDays)).ToList();
            var recentTrucks = recent.Sum(d => d.Trucks);
            var beforeTrucks = before.Sum(d => d.Trucks);
            // Days differ in usual trucks; judge each day against its own, through utilisation = expected / capacity.
            var meanCapacity = capacity.Average();
            outlooks.Add(new LaneOutlook(
                lane.Id,
                expected.Select((e, i) => e * meanCapacity / capacity[i]).ToList(),
                meanCapacity,
                recentTrucks == 0 ? 0 : recent.Sum(d => d.LateDepartures) / (double)recentTrucks,
                beforeTrucks == 0 ? 0 : before.Sum(d => d.LateDepartures) / (double)beforeTrucks,
                recentTrucks));
            usual[lane.Id] = (expected.Average(), capacity.Average() / lane.TrailerCapacityPackages);
        }

        if (outlooks.Count == 0)
        {
            throw new InputError($"No lane of {scope.Name} ran trucks in the last {7 * Weeks} days, so there is nothing to assess.");
        }

        var ranked = _ranking.Rank(outlooks);
        var shown = ranked.Take(count).Select((r, i) => new LaneAtRisk(
            i + 1, r.LaneId, Math.Round(100 * r.Risk, 1), Math.Round(100 * r.PeakUtilisation, 1), r.DaysOverCapacity,
            Math.Round(100 * r.RecentLateShare, 1), Math.Round(100 * r.BaselineLateShare, 1),
            (long)Math.Round(usual[r.LaneId].Packages), Math.Round(usual[r.LaneId].Trucks, 1), r.Reasons)).ToList();
        var atRisk = ranked.Count(r => r.Risk >= RiskFloor);
        var notes = new List<string>();
        if (atRisk == 0)
        {
            notes.Add($"No lane reaches a {100 * RiskFloor:0}% risk; the list shows the highest anyway.");
        }

        return new LanesAtRiskResult(scope, first, last, horizon, outlooks.Count, atRisk, 100 * RiskFloor, shown,
            $"For each lane: expected volume per day = its average on that weekday over the last {Weeks} weeks × (network forecast for the day ÷ network average on that weekday over those weeks; network forecast model {forecast.Model}); usual trucks = the median it ran on that weekday over those weeks. Pressure rises from {100 * LaneRiskRanking.FullFrom:0}% of the usual trucks' capacity to certain at {100 * LaneRiskRanking.CertainAt:0}%; the late trend compares the share of trucks that left late in the last {RecentDays} days with the {BaselineDays} days before (a doubling over the baseline is an even chance, discounted below {LaneRiskRanking.TrustedTrucks} trucks). Risk = 1 − (1 − pressure)(1 − trend).",
            notes,
            VegaLiteChart.Ranking($"Late-departure risk, {scope.Name}, {HistoryRange.Iso(first)} to {HistoryRange.Iso(last)}",
                shown.Select(l => (l.Lane, l.RiskPct)), "Risk (%)"));
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
