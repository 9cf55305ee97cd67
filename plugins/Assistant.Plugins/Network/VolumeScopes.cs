using Assistant.Core;
using Assistant.Core.History;
using Assistant.Core.Network;

namespace Assistant.Plugins.Network;

/// <summary>
/// What a volume question is about, from the site, lane and region arguments a tool received:
/// at most one of them, none meaning the whole network. Shared by history and forecasts, so both
/// read "SEA4", "Seattle", "SEA4 to GEG1" and "West" the same way.
/// </summary>
public static class VolumeScopes
{
    public static (VolumeScope Scope, ScopeInfo Info) Resolve(NetworkCatalog catalog, string? site, string? lane, string? region)
    {
        var given = new[] { site, lane, region }.Count(v => !string.IsNullOrWhiteSpace(v));
        if (given > 1)
        {
            throw new InputError("Give one of site, lane or region, not several.");
        }

        if (!string.IsNullOrWhiteSpace(site))
        {
            var s = PlaceResolver.Site(catalog, site);
            return (VolumeScope.Site(s.Code), new ScopeInfo("site", s.Code, s.Name));
        }

        if (!string.IsNullOrWhiteSpace(lane))
        {
            var l = PlaceResolver.Lane(catalog, lane);
            return (VolumeScope.Lane(l.Id), new ScopeInfo("lane", l.Id, $"lane {l.Origin} → {l.Destination}"));
        }

        if (!string.IsNullOrWhiteSpace(region))
        {
            var r = PlaceResolver.Region(catalog, region);
            return (VolumeScope.Region(r.Code), new ScopeInfo("region", r.Code, $"the {r.Name} region"));
        }

        return (VolumeScope.Network, new ScopeInfo("network", null, "the whole network"));
    }
}
