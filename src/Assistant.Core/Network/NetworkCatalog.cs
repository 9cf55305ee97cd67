namespace Assistant.Core.Network;

/// <summary>
/// The static part of a network (regions, sites, lanes, sort-center capacities) with lookups by
/// code. Immutable: a store hands out a fresh catalog after the network changes.
/// </summary>
public sealed class NetworkCatalog
{
    private readonly Dictionary<string, Site> _sites;
    private readonly Dictionary<string, Lane> _lanes;
    private readonly Dictionary<string, Region> _regions;
    private readonly Dictionary<string, SortCenterCapacity> _capacities;

    public NetworkCatalog(
        IReadOnlyList<Region> regions,
        IReadOnlyList<Site> sites,
        IReadOnlyList<Lane> lanes,
        IReadOnlyList<SortCenterCapacity> capacities)
    {
        Regions = regions;
        Sites = sites;
        Lanes = lanes;
        Capacities = capacities;
        _regions = regions.ToDictionary(r => r.Code, StringComparer.OrdinalIgnoreCase);
        _sites = sites.ToDictionary(s => s.Code, StringComparer.OrdinalIgnoreCase);
        _lanes = lanes.ToDictionary(l => l.Id, StringComparer.OrdinalIgnoreCase);
        _capacities = capacities.ToDictionary(c => c.SiteCode, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<Region> Regions { get; }
    public IReadOnlyList<Site> Sites { get; }
    public IReadOnlyList<Lane> Lanes { get; }
    public IReadOnlyList<SortCenterCapacity> Capacities { get; }

    public Site? FindSite(string? code) => code is not null && _sites.TryGetValue(code.Trim(), out var s) ? s : null;

    public Lane? FindLane(string? id) => id is not null && _lanes.TryGetValue(id.Trim(), out var l) ? l : null;

    public Lane? FindLane(string origin, string destination) => FindLane(Lane.LaneId(origin, destination));

    public Region? FindRegion(string? code) => code is not null && _regions.TryGetValue(code.Trim(), out var r) ? r : null;

    public SortCenterCapacity? FindCapacity(string siteCode) => _capacities.GetValueOrDefault(siteCode);

    public Site RequireSite(string? code) => FindSite(code) ?? throw new InputError(
        $"There is no site '{code}'. Sites look like {string.Join(", ", Sites.Take(4).Select(s => s.Code))}; ask me to list sites to see them all.");

    public Lane RequireLane(string? id) => FindLane(id) ?? throw new InputError(
        $"There is no lane '{id}'. Lanes are named ORIGIN-DESTINATION, for example {Lanes.FirstOrDefault()?.Id ?? "SEA4-GEG1"}.");

    public Region RequireRegion(string? code) => FindRegion(code) ?? throw new InputError(
        $"There is no region '{code}'. Regions are {string.Join(", ", Regions.Select(r => r.Code))}.");

    public IEnumerable<Lane> LanesFrom(string siteCode) =>
        Lanes.Where(l => l.Origin.Equals(siteCode, StringComparison.OrdinalIgnoreCase));

    public IEnumerable<Lane> LanesInto(string siteCode) =>
        Lanes.Where(l => l.Destination.Equals(siteCode, StringComparison.OrdinalIgnoreCase));

    public IEnumerable<Site> SitesIn(string regionCode) =>
        Sites.Where(s => s.RegionCode.Equals(regionCode, StringComparison.OrdinalIgnoreCase));
}
