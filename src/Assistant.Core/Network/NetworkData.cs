using Assistant.Core.History;

namespace Assistant.Core.Network;

/// <summary>Everything a store holds about a network, as one value: what the demo generator makes and CSV import fills.</summary>
public sealed record NetworkData(
    IReadOnlyList<Region> Regions,
    IReadOnlyList<Site> Sites,
    IReadOnlyList<Lane> Lanes,
    IReadOnlyList<SortCenterCapacity> Capacities,
    IReadOnlyList<SiteDay> SiteDays,
    IReadOnlyList<LaneDay> LaneDays,
    IReadOnlyDictionary<string, IReadOnlyList<HourShare>> HourlyProfiles,
    IReadOnlyList<PlantedIncident> Incidents);
