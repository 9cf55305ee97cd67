using System.ComponentModel;
using Assistant.Core;
using Assistant.Core.History;
using Assistant.Core.Network;
using Assistant.Core.Store;
using Assistant.Plugins.Charts;
using Assistant.Plugins.Questions;
using Microsoft.Extensions.AI;

namespace Assistant.Plugins.Network;

/// <summary>
/// Looks up the network and its history: sites, lanes, volumes, defect metrics, busiest lanes,
/// hourly profiles. Pure reads of the store; every number in a result is a sum, average or
/// ranking of stored daily records.
/// </summary>
public sealed class NetworkPlugin : IPlanningPlugin
{
    private const int RecentDays = 28;
    private readonly INetworkStore _store;

    public NetworkPlugin(INetworkStore store)
    {
        _store = store;
        Functions =
        [
            PluginFunction.Create(ListSites, "list_sites", "List the network's sites (fulfillment centers FC, sort centers SC, delivery stations DS), optionally of one kind or region."),
            PluginFunction.Create(DescribeSite, "describe_site", "Describe one site: kind, region, lanes in and out, recent daily volume, and for sort centers the sort capacity, shifts and labor rates."),
            PluginFunction.Create(ListLanes, "list_lanes", "List lanes with trailer capacity, cost per truck, transit hours and critical pull time, optionally those leaving or entering one site, or within a region."),
            PluginFunction.Create(DescribeLane, "describe_lane", "Describe one lane (ORIGIN-DESTINATION): trailer capacity, cost, transit time, pull time, and its last 28 days of volume, trucks, fill and late departures."),
            PluginFunction.Create(VolumeHistory, "volume_history", "Daily package volume over a date range for a site, a lane, a region or (with none given) the whole network, with total, daily average, busiest day, change against the previous period and a chart."),
            PluginFunction.Create(MetricHistory, "metric_history", "Daily defect metric for a site over a date range: missort_rate (% of packages), late_departures (trucks leaving after the critical pull time) or dwell_hours, with average, extremes, change and a chart."),
            PluginFunction.Create(TopLanes, "top_lanes", "The busiest lanes by packages over a date range, for the whole network, lanes touching one site, or lanes within a region, with trucks, trailer fill and late departures."),
            PluginFunction.Create(TopSites, "top_sites", "Sites ranked by packages handled over a date range (highest or lowest first), optionally only one kind (FC, SC, DS) or region, with a chart."),
            PluginFunction.Create(ListRegions, "list_regions", "List the regions with how many fulfillment centers, sort centers, delivery stations and internal lanes each has."),
            PluginFunction.Create(HourlyProfile, "hourly_profile", "How a sort center's volume spreads over the 24 hours of a day, in packages per hour for a given day, against its sort capacity per hour."),
        ];
        Intents = NetworkQuestions.All;
    }

    public string Name => "network";

    public IReadOnlyList<AIFunction> Functions { get; }

    public IReadOnlyList<QuestionIntent> Intents { get; }

    public async Task<SiteListResult> ListSites(
        [Description("Site kind: FC, SC or DS. Leave empty for all.")] string? kind = null,
        [Description("Region code or name, e.g. WEST. Leave empty for all.")] string? region = null,
        CancellationToken cancellationToken = default)
    {
        var catalog = await _store.GetCatalogAsync(cancellationToken);
        IEnumerable<Site> sites = catalog.Sites;
        var wanted = ParseKind(kind);
        if (wanted is not null)
        {
            sites = sites.Where(s => s.Kind == wanted);
        }

        Region? regionFilter = string.IsNullOrWhiteSpace(region) ? null : PlaceResolver.Region(catalog, region);
        if (regionFilter is not null)
        {
            sites = sites.Where(s => s.RegionCode == regionFilter.Code);
        }

        var list = sites.Select(Summary).ToList();
        return new SiteListResult(list.Count, wanted?.Code(), regionFilter?.Code, list, "Sites as recorded in the network store.");
    }

    public async Task<SiteDescription> DescribeSite(
        [Description("Site code, e.g. SEA4.")] string site,
        CancellationToken cancellationToken = default)
    {
        var catalog = await _store.GetCatalogAsync(cancellationToken);
        var found = PlaceResolver.Site(catalog, site);
        var window = await RequireWindow(cancellationToken);
        var recent = await _store.GetVolumeAsync(VolumeScope.Site(found.Code), window.Last.AddDays(1 - RecentDays), window.Last, cancellationToken);
        var capacity = catalog.FindCapacity(found.Code);
        return new SiteDescription(
            Summary(found),
            catalog.FindRegion(found.RegionCode)?.Name ?? found.RegionCode,
            catalog.LanesFrom(found.Code).Count(),
            catalog.LanesInto(found.Code).Count(),
            RecentDays,
            recent.Count == 0 ? 0 : (long)Math.Round(recent.Average(v => v.Packages)),
            window.First,
            window.Last,
            capacity is null ? null : new SortCapacityInfo(
                capacity.SortCapacityPackagesPerHour, capacity.UnitsPerLaborHour, capacity.LaborRateUsdPerHour, capacity.OvertimeRateUsdPerHour,
                capacity.Shifts.Select(s => $"{s.Name} from {s.Start:HH\\:mm} for {s.Hours:0.#} h").ToList()),
            $"Network store; average over the last {RecentDays} days with history ({HistoryRange.Iso(window.Last.AddDays(1 - RecentDays))} to {HistoryRange.Iso(window.Last)}).");
    }

    public async Task<LaneListResult> ListLanes(
        [Description("Site code: list the lanes leaving or entering this site. Leave empty for all lanes.")] string? site = null,
        [Description("outbound, inbound or both (default both); only with a site.")] string? direction = null,
        [Description("Region code or name: lanes whose both ends are in this region.")] string? region = null,
        CancellationToken cancellationToken = default)
    {
        var catalog = await _store.GetCatalogAsync(cancellationToken);
        IEnumerable<Lane> lanes = catalog.Lanes;
        string? siteCode = null;
        var dir = string.IsNullOrWhiteSpace(direction) ? "both" : direction.Trim().ToLowerInvariant();
        if (dir is not ("both" or "outbound" or "inbound"))
        {
            throw new InputError($"Direction '{direction}' is not one of outbound, inbound, both.");
        }

        if (!string.IsNullOrWhiteSpace(site))
        {
            siteCode = PlaceResolver.Site(catalog, site).Code;
            lanes = lanes.Where(l => (dir != "inbound" && l.Origin == siteCode) || (dir != "outbound" && l.Destination == siteCode));
        }

        Region? regionFilter = string.IsNullOrWhiteSpace(region) ? null : PlaceResolver.Region(catalog, region);
        if (regionFilter is not null)
        {
            lanes = lanes.Where(l => catalog.FindSite(l.Origin)?.RegionCode == regionFilter.Code && catalog.FindSite(l.Destination)?.RegionCode == regionFilter.Code);
        }

        var list = lanes.Select(LaneSummaryOf).ToList();
        return new LaneListResult(list.Count, siteCode, siteCode is null ? null : dir, regionFilter?.Code, list, "Lanes as recorded in the network store.");
    }

    public async Task<LaneDescription> DescribeLane(
        [Description("Lane as ORIGIN-DESTINATION, e.g. SEA4-GEG1.")] string lane,
        CancellationToken cancellationToken = default)
    {
        var catalog = await _store.GetCatalogAsync(cancellationToken);
        var found = PlaceResolver.Lane(catalog, lane);
        var window = await RequireWindow(cancellationToken);
        var from = window.Last.AddDays(1 - RecentDays);
        var days = await _store.GetLaneDaysAsync(found.Id, from, window.Last, cancellationToken);
        var trucks = days.Sum(d => d.Trucks);
        var late = days.Sum(d => d.LateDepartures);
        var packages = days.Sum(d => d.Packages);
        return new LaneDescription(
            LaneSummaryOf(found),
            catalog.FindSite(found.Origin)?.Name ?? found.Origin,
            catalog.FindSite(found.Destination)?.Name ?? found.Destination,
            RecentDays,
            days.Count == 0 ? 0 : (long)Math.Round(packages / (double)days.Count),
            days.Count == 0 ? 0 : Math.Round(trucks / (double)days.Count, 1),
            trucks == 0 ? 0 : Math.Round(100.0 * packages / ((double)trucks * found.TrailerCapacityPackages), 1),
            late,
            trucks == 0 ? 0 : Math.Round(100.0 * late / trucks, 1),
            $"Network store; lane records from {HistoryRange.Iso(from)} to {HistoryRange.Iso(window.Last)}. Trailer fill = packages / (trucks × trailer capacity).");
    }

    public async Task<VolumeHistoryResult> VolumeHistory(
        [Description("Site code, e.g. SEA4. Give at most one of site, lane, region; none means the whole network.")] string? site = null,
        [Description("Lane as ORIGIN-DESTINATION, e.g. SEA4-GEG1.")] string? lane = null,
        [Description("Region code or name, e.g. WEST.")] string? region = null,
        [Description("First day, yyyy-MM-dd. Default: 7 days before the end.")] string? start = null,
        [Description("Last day, yyyy-MM-dd. Default: the last day with history (yesterday).")] string? end = null,
        CancellationToken cancellationToken = default)
    {
        var catalog = await _store.GetCatalogAsync(cancellationToken);
        var (scope, info) = VolumeScopes.Resolve(catalog, site, lane, region);
        var range = HistoryRange.Resolve(start, end, await _store.GetHistoryWindowAsync(cancellationToken), defaultDays: 7);
        var daily = await _store.GetVolumeAsync(scope, range.Start, range.End, cancellationToken);
        if (daily.Count == 0)
        {
            throw new InputError($"There is no volume recorded for {info.Name} from {HistoryRange.Iso(range.Start)} to {HistoryRange.Iso(range.End)}.");
        }

        var previous = await _store.GetVolumeAsync(scope, range.Start.AddDays(-range.Days), range.Start.AddDays(-1), cancellationToken);
        long? previousTotal = previous.Count == range.Days ? previous.Sum(v => v.Packages) : null;
        var total = daily.Sum(v => v.Packages);
        var notes = range.Notes.ToList();
        if (daily.Count < range.Days)
        {
            notes.Add($"{range.Days - daily.Count} of the {range.Days} days have no record.");
        }

        var peak = daily.MaxBy(v => v.Packages)!;
        var low = daily.MinBy(v => v.Packages)!;
        return new VolumeHistoryResult(
            info, range.Start, range.End, range.Days, total,
            (long)Math.Round(total / (double)daily.Count),
            new DailyPackages(peak.Date, peak.Packages), new DailyPackages(low.Date, low.Packages),
            previousTotal,
            previousTotal is > 0 ? Math.Round(100.0 * (total - previousTotal.Value) / previousTotal.Value, 1) : null,
            daily.Select(v => new DailyPackages(v.Date, v.Packages)).ToList(),
            "packages",
            MethodFor(scope),
            notes,
            VegaLiteChart.DailySeries($"Daily packages, {info.Name}", daily.Select(v => (v.Date, (double)v.Packages)), "Packages"));
    }

    public async Task<MetricHistoryResult> MetricHistory(
        [Description("Site code, e.g. SEA4 (missort rate and dwell are sort-center metrics).")] string site,
        [Description("missort_rate, late_departures or dwell_hours.")] string metric,
        [Description("First day, yyyy-MM-dd. Default: 7 days before the end.")] string? start = null,
        [Description("Last day, yyyy-MM-dd. Default: the last day with history.")] string? end = null,
        CancellationToken cancellationToken = default)
    {
        var catalog = await _store.GetCatalogAsync(cancellationToken);
        var found = PlaceResolver.Site(catalog, site);
        var kind = DefectMetrics.Parse(metric);
        var range = HistoryRange.Resolve(start, end, await _store.GetHistoryWindowAsync(cancellationToken), defaultDays: 7);
        var daily = await _store.GetMetricAsync(found.Code, kind, range.Start, range.End, cancellationToken);
        if (daily.Count == 0)
        {
            var why = kind is DefectMetric.MissortRate or DefectMetric.DwellHours && found.Kind != SiteKind.SortCenter
                ? $" {kind.Describe()} is measured at sort centers, and {found.Code} is a {found.Kind.Describe()}."
                : "";
            throw new InputError($"There is no {kind.Describe()} recorded for {found.Code} from {HistoryRange.Iso(range.Start)} to {HistoryRange.Iso(range.End)}.{why}");
        }

        var previous = await _store.GetMetricAsync(found.Code, kind, range.Start.AddDays(-range.Days), range.Start.AddDays(-1), cancellationToken);
        var average = daily.Average(v => v.Value);
        double? previousAverage = previous.Count > 0 ? previous.Average(v => v.Value) : null;
        var digits = kind == DefectMetric.MissortRate ? 3 : 2;
        var high = daily.MaxBy(v => v.Value)!;
        var low = daily.MinBy(v => v.Value)!;
        var latest = daily[^1];
        return new MetricHistoryResult(
            new ScopeInfo("site", found.Code, found.Name), kind.Code(), kind.Describe(), kind.Unit(),
            range.Start, range.End, range.Days,
            Math.Round(average, digits),
            kind == DefectMetric.LateDepartures ? daily.Sum(v => v.Value) : null,
            new DailyValue(high.Date, high.Value), new DailyValue(low.Date, low.Value), new DailyValue(latest.Date, latest.Value),
            previousAverage is null ? null : Math.Round(previousAverage.Value, digits),
            previousAverage is > 0 ? Math.Round(100.0 * (average - previousAverage.Value) / previousAverage.Value, 1) : null,
            daily.Select(v => new DailyValue(v.Date, v.Value)).ToList(),
            kind == DefectMetric.LateDepartures
                ? "Daily count of outbound trucks that left after their lane's critical pull time, from the network store."
                : $"Daily {kind.Describe()} recorded in the network store; average is the plain mean of the days.",
            range.Notes,
            VegaLiteChart.DailySeries($"Daily {kind.Describe()}, {found.Code}", daily.Select(v => (v.Date, v.Value)), $"{kind.Describe()} ({kind.Unit()})"));
    }

    public async Task<TopLanesResult> TopLanes(
        [Description("Site code: only lanes leaving or entering this site.")] string? site = null,
        [Description("Region code or name: only lanes with both ends in this region.")] string? region = null,
        [Description("First day, yyyy-MM-dd. Default: 7 days before the end.")] string? start = null,
        [Description("Last day, yyyy-MM-dd. Default: the last day with history.")] string? end = null,
        [Description("How many lanes to return (1-50, default 5).")] int count = 5,
        CancellationToken cancellationToken = default)
    {
        CheckCount(count);
        var catalog = await _store.GetCatalogAsync(cancellationToken);
        var range = HistoryRange.Resolve(start, end, await _store.GetHistoryWindowAsync(cancellationToken), defaultDays: 7);
        var totals = await _store.GetLaneTotalsAsync(range.Start, range.End, cancellationToken);
        IEnumerable<LaneTotal> scoped = totals;
        ScopeInfo info = new("network", null, "the whole network");
        if (!string.IsNullOrWhiteSpace(site))
        {
            var s = PlaceResolver.Site(catalog, site);
            scoped = totals.Where(t => catalog.FindLane(t.LaneId) is { } l && (l.Origin == s.Code || l.Destination == s.Code));
            info = new ScopeInfo("site", s.Code, s.Name);
        }
        else if (!string.IsNullOrWhiteSpace(region))
        {
            var r = PlaceResolver.Region(catalog, region);
            scoped = totals.Where(t => catalog.FindLane(t.LaneId) is { } l
                && catalog.FindSite(l.Origin)?.RegionCode == r.Code && catalog.FindSite(l.Destination)?.RegionCode == r.Code);
            info = new ScopeInfo("region", r.Code, $"the {r.Name} region");
        }

        var all = scoped.ToList();
        var ranked = all.Take(count).Select((t, i) =>
        {
            var l = catalog.FindLane(t.LaneId)!;
            var fill = t.Trucks == 0 ? 0 : Math.Round(100.0 * t.Packages / ((double)t.Trucks * l.TrailerCapacityPackages), 1);
            return new RankedLane(i + 1, l.Id, l.Origin, l.Destination, t.Packages, t.Trucks, fill, t.LateDepartures);
        }).ToList();
        var shown = ranked.Sum(r => r.Packages);
        var scopeTotal = all.Sum(t => t.Packages);
        return new TopLanesResult(
            info, range.Start, range.End, range.Days, ranked, shown,
            scopeTotal == 0 ? 0 : Math.Round(100.0 * shown / scopeTotal, 1),
            "Lanes ranked by packages summed over the range from daily lane records; fill = packages / (trucks × trailer capacity).",
            range.Notes,
            VegaLiteChart.Ranking($"Busiest lanes, {info.Name}", ranked.Select(r => (r.Lane, (double)r.Packages)), "Packages"));
    }

    public async Task<TopSitesResult> TopSites(
        [Description("Site kind: FC, SC or DS. Leave empty for all kinds (note that a package passes an FC, an SC and a DS).")] string? kind = null,
        [Description("Region code or name: only sites in this region.")] string? region = null,
        [Description("First day, yyyy-MM-dd. Default: 7 days before the end.")] string? start = null,
        [Description("Last day, yyyy-MM-dd. Default: the last day with history.")] string? end = null,
        [Description("highest (default) or lowest first.")] string? order = null,
        [Description("How many sites to return (1-50, default 5).")] int count = 5,
        CancellationToken cancellationToken = default)
    {
        CheckCount(count);
        var lowest = (order?.Trim().ToLowerInvariant()) switch
        {
            null or "" or "highest" or "desc" or "top" => false,
            "lowest" or "asc" or "bottom" => true,
            _ => throw new InputError($"Order '{order}' is not one of highest, lowest."),
        };
        var catalog = await _store.GetCatalogAsync(cancellationToken);
        var wanted = ParseKind(kind);

        Region? regionFilter = string.IsNullOrWhiteSpace(region) ? null : PlaceResolver.Region(catalog, region);
        var range = HistoryRange.Resolve(start, end, await _store.GetHistoryWindowAsync(cancellationToken), defaultDays: 7);
        var totals = (await _store.GetSiteTotalsAsync(range.Start, range.End, cancellationToken))
            .Select(t => (Total: t, Site: catalog.FindSite(t.SiteCode)))
            .Where(x => x.Site is not null && (wanted is null || x.Site.Kind == wanted) && (regionFilter is null || x.Site.RegionCode == regionFilter.Code))
            .ToList();
        var ordered = lowest ? totals.OrderBy(x => x.Total.Packages) : totals.OrderByDescending(x => x.Total.Packages);
        var ranked = ordered.Take(count).Select((x, i) => new RankedSite(
            i + 1, x.Site!.Code, x.Site.Name, x.Site.Kind.Code(), x.Site.RegionCode, x.Total.Packages,
            (long)Math.Round(x.Total.Packages / (double)Math.Max(1, x.Total.Days)))).ToList();
        return new TopSitesResult(
            lowest ? "lowest" : "highest", wanted?.Code(), regionFilter?.Code, range.Start, range.End, range.Days, ranked,
            "Sites ranked by the sum of their daily packages over the range (outbound for FCs and SCs, inbound for DSs).",
            range.Notes,
            VegaLiteChart.Ranking($"Packages by site, {HistoryRange.Iso(range.Start)} to {HistoryRange.Iso(range.End)}", ranked.Select(r => (r.Site, (double)r.Packages)), "Packages"));
    }

    public async Task<RegionListResult> ListRegions(CancellationToken cancellationToken = default)
    {
        var catalog = await _store.GetCatalogAsync(cancellationToken);
        var regions = catalog.Regions.Select(r =>
        {
            var sites = catalog.SitesIn(r.Code).ToList();
            var codes = sites.Select(s => s.Code).ToHashSet();
            return new RegionSummary(r.Code, r.Name,
                sites.Count(s => s.Kind == SiteKind.FulfillmentCenter),
                sites.Count(s => s.Kind == SiteKind.SortCenter),
                sites.Count(s => s.Kind == SiteKind.DeliveryStation),
                catalog.Lanes.Count(l => codes.Contains(l.Origin) && codes.Contains(l.Destination)));
        }).ToList();
        return new RegionListResult(regions.Count, regions, "Regions and sites as recorded in the network store.");
    }

    public async Task<HourlyProfileResult> HourlyProfile(
        [Description("Sort center code, e.g. PDX2.")] string site,
        [Description("The day whose volume to spread over the hours, yyyy-MM-dd. Default: the last day with history.")] string? date = null,
        CancellationToken cancellationToken = default)
    {
        var catalog = await _store.GetCatalogAsync(cancellationToken);
        var found = PlaceResolver.Site(catalog, site);
        var profile = await _store.GetHourlyProfileAsync(found.Code, cancellationToken);
        if (profile.Count == 0)
        {
            throw new InputError($"There is no hourly profile for {found.Code}; hourly profiles are kept for sort centers.");
        }

        var range = HistoryRange.Resolve(date, date, await _store.GetHistoryWindowAsync(cancellationToken), defaultDays: 1);
        var day = await _store.GetVolumeAsync(VolumeScope.Site(found.Code), range.End, range.End, cancellationToken);
        var packages = day.Count == 0 ? 0 : day[0].Packages;
        var hours = profile.Select(h => new HourVolume(h.Hour, Math.Round(100 * h.Share, 2), (long)Math.Round(packages * h.Share))).ToList();
        var peak = hours.MaxBy(h => h.Packages)!;
        var capacity = catalog.FindCapacity(found.Code)?.SortCapacityPackagesPerHour;
        return new HourlyProfileResult(
            new ScopeInfo("site", found.Code, found.Name), range.End, packages, hours, peak, capacity,
            capacity is > 0 ? Math.Round(100.0 * peak.Packages / capacity.Value, 1) : null,
            "The site's typical share of daily volume per hour, applied to the packages of the basis day.",
            VegaLiteChart.Hourly($"Packages per hour, {found.Code}, {HistoryRange.Iso(range.End)}", hours.Select(h => (h.Hour, (double)h.Packages)), "Packages"));
    }

    private static void CheckCount(int count)
    {
        if (count is < 1 or > 50)
        {
            throw new InputError($"Count must be between 1 and 50, not {count}.");
        }
    }

    private static SiteKind? ParseKind(string? kind) =>
        string.IsNullOrWhiteSpace(kind) ? null
        : SiteKinds.TryParse(kind, out var parsed) ? parsed
        : throw new InputError($"Unknown site kind '{kind}'. Kinds are FC, SC and DS.");

    private async Task<HistoryWindow> RequireWindow(CancellationToken cancellationToken) =>
        await _store.GetHistoryWindowAsync(cancellationToken)
        ?? throw new InputError("The store holds no history yet. Run `assistant data init` to load the demo network.");

    private static string MethodFor(VolumeScope scope) => scope.Kind switch
    {
        VolumeScopeKind.Site => "Sum of the site's daily packages in the network store (outbound for FCs and SCs, inbound for DSs).",
        VolumeScopeKind.Lane => "Sum of the lane's daily packages in the network store.",
        _ => "Sum of daily packages received by the delivery stations in scope, so each package counts once.",
    };

    private static SiteSummary Summary(Site s) => new(s.Code, s.Name, s.Kind.Code(), s.RegionCode, s.City, s.State);

    private static LaneSummary LaneSummaryOf(Lane l) =>
        new(l.Id, l.Origin, l.Destination, l.TrailerCapacityPackages, l.CostPerTruckUsd, l.TransitHours, l.CriticalPullTime.ToString("HH:mm"));

}
