using Assistant.Core.Network;
using Assistant.Optimization.Network;

namespace Assistant.Plugins.Capacity;

/// <summary>
/// A network file seen as a catalog, so that questions can name its sites: origins read as
/// fulfillment centers, hubs as sort centers, destinations as delivery stations, each known by
/// its id. Merged with the store's catalog, the file's ids win where both have one.
/// </summary>
public static class FlowNetworkCatalog
{
    public static NetworkCatalog Merge(FlowNetwork file, NetworkCatalog store)
    {
        var sites = new List<Site>();
        sites.AddRange(file.Origins.Select(o => FileSite(o.Id, SiteKind.FulfillmentCenter)));
        sites.AddRange(file.Hubs.Select(h => FileSite(h.Id, SiteKind.SortCenter)));
        sites.AddRange(file.Destinations.Select(d => FileSite(d.Id, SiteKind.DeliveryStation)));
        var ids = sites.Select(s => s.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        sites.AddRange(store.Sites.Where(s => !ids.Contains(s.Code)));

        var lanes = file.Lanes.Select(l => new Lane(l.From, l.To, 0, 0, 0, default)).ToList();
        var laneIds = lanes.Select(l => l.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        lanes.AddRange(store.Lanes.Where(l => !laneIds.Contains(l.Id) && !ids.Contains(l.Origin) && !ids.Contains(l.Destination)));
        return new NetworkCatalog(store.Regions, sites, lanes, store.Capacities.Where(c => !ids.Contains(c.SiteCode)).ToList());
    }

    private static Site FileSite(string id, SiteKind kind) => new(id, id, kind, "", "", "", 0, 0);
}
