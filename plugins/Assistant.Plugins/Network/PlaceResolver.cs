using Assistant.Core;
using Assistant.Core.Network;

namespace Assistant.Plugins.Network;

/// <summary>
/// Turns what a caller typed for a place into the network's own site, lane or region. Codes
/// are the normal way in; a city or full site name is accepted too, because other agents and
/// LLMs often pass those.
/// </summary>
public static class PlaceResolver
{
    public static Site Site(NetworkCatalog catalog, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InputError("Which site? Give a site code such as SEA4.");
        }

        var trimmed = text.Trim();
        return catalog.FindSite(trimmed)
            ?? catalog.Sites.FirstOrDefault(s => s.Name.Equals(trimmed, StringComparison.OrdinalIgnoreCase))
            ?? Single(catalog.Sites.Where(s => s.City.Equals(trimmed, StringComparison.OrdinalIgnoreCase)))
            ?? catalog.RequireSite(trimmed);
    }

    public static Lane Lane(NetworkCatalog catalog, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InputError("Which lane? Give it as ORIGIN-DESTINATION, for example SEA4-GEG1.");
        }

        var parts = text.Trim().Split(['-', '>', ' ', '→', ','], StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.Equals("to", StringComparison.OrdinalIgnoreCase)).ToArray();
        if (parts.Length == 2 && catalog.FindLane(parts[0], parts[1]) is { } lane)
        {
            return lane;
        }

        if (parts.Length == 2 && catalog.FindSite(parts[0]) is not null && catalog.FindSite(parts[1]) is not null)
        {
            throw new InputError($"There is no lane from {parts[0].ToUpperInvariant()} to {parts[1].ToUpperInvariant()}.");
        }

        return catalog.RequireLane(text);
    }

    public static Region Region(NetworkCatalog catalog, string? text)
    {
        var trimmed = text?.Trim();
        return catalog.FindRegion(trimmed)
            ?? catalog.Regions.FirstOrDefault(r => r.Name.Equals(trimmed, StringComparison.OrdinalIgnoreCase))
            ?? catalog.RequireRegion(trimmed);
    }

    private static Site? Single(IEnumerable<Site> sites)
    {
        var list = sites.Take(2).ToList();
        return list.Count == 1 ? list[0] : null;
    }
}
