using Assistant.Core.History;
using Assistant.Core.Network;

namespace Assistant.Core.Csv;

/// <summary>
/// Checks a folder's files, each on its own and against each other and the store, and turns
/// them into one <see cref="NetworkData"/>. It writes nothing: the import is refused whole when
/// any file has a problem, so the store never holds half a folder.
/// </summary>
internal static class CsvImportCheck
{
    /// <param name="texts">The text of each file present in the folder.</param>
    /// <param name="existing">What the store holds, or null when the import replaces it (then only the folder counts).</param>
    /// <param name="days">The days history rows may be for.</param>
    /// <exception cref="InputError">Listing the problems found, first one first.</exception>
    public static CheckedImport Run(IReadOnlyDictionary<CsvLayout, string> texts, NetworkCatalog? existing, HistoryDays days, CancellationToken cancellationToken)
    {
        var replace = existing is null;
        var problems = new CsvProblems();
        var regions = new KnownCodes("region", RegionsCsv.Layout.FileName, replace);
        var sites = new KnownCodes("site", SitesCsv.Layout.FileName, replace);
        var lanes = new KnownCodes("lane", LanesCsv.Layout.FileName, replace);
        foreach (var region in existing?.Regions ?? [])
        {
            regions.Add(region.Code);
        }

        foreach (var site in existing?.Sites ?? [])
        {
            sites.Add(site.Code);
        }

        foreach (var lane in existing?.Lanes ?? [])
        {
            lanes.Add(lane.Id);
        }

        CsvSheet? Open(CsvLayout layout, KnownCodes? defines)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!texts.TryGetValue(layout, out var text))
            {
                return null;
            }

            var sheet = CsvSheet.Open(layout, text, problems);
            if (sheet is null)
            {
                defines?.MarkIncomplete();
            }

            return sheet;
        }

        var createdRegions = new List<Region>();
        var regionRows = Open(RegionsCsv.Layout, regions) is { } r ? RegionsCsv.Read(r, regions) : [];
        var siteRows = Open(SitesCsv.Layout, sites) is { } s ? SitesCsv.Read(s, sites, regions, createdRegions) : [];
        var laneRows = Open(LanesCsv.Layout, lanes) is { } l ? LanesCsv.Read(l, sites, lanes) : [];
        var capacities = Open(SortCapacityCsv.Layout, null) is { } c ? SortCapacityCsv.Read(c, sites) : [];
        var profiles = Open(HourlyProfileCsv.Layout, null) is { } h
            ? HourlyProfileCsv.Read(h, sites, problems)
            : new Dictionary<string, IReadOnlyList<HourShare>>();
        var siteDays = Open(SiteVolumeCsv.Layout, null) is { } sv ? SiteVolumeCsv.Read(sv, sites, days) : [];
        var laneDays = Open(LaneVolumeCsv.Layout, null) is { } lv ? LaneVolumeCsv.Read(lv, lanes, days) : [];
        problems.ThrowIfAny();

        var data = new NetworkData(
            [.. regionRows, .. createdRegions], siteRows, laneRows, capacities, siteDays, laneDays, profiles, Incidents: []);
        var rows = new CsvRowCounts(regionRows.Count, siteRows.Count, laneRows.Count, capacities.Count,
            profiles.Values.Sum(p => p.Count), siteDays.Count, laneDays.Count);
        return new CheckedImport(data, rows, createdRegions.Select(x => x.Code).ToList());
    }
}
