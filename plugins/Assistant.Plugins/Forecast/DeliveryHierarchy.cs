using Assistant.Core;
using Assistant.Core.History;
using Assistant.Core.Network;
using Assistant.Core.Store;
using Assistant.Forecasting.Daily;
using Assistant.Forecasting.Hierarchy;

namespace Assistant.Plugins.Forecast;

/// <summary>
/// The network as a hierarchy of daily volume: each lane into a delivery station at the bottom,
/// then its station, the station's region and the whole network. Every package is counted once,
/// on the lane that delivers it, so the levels add up by construction. Read from the store for
/// the history window a forecast uses.
/// </summary>
public sealed record DeliveryHierarchy(SeriesHierarchy Hierarchy, DateOnly FirstDay, IReadOnlyList<double[]> LaneHistory)
{
    public const string NetworkLevel = "network";
    public const string RegionLevel = "region";
    public const string StationLevel = "station";
    public const string LaneLevel = "lane";

    public static async Task<DeliveryHierarchy> ReadAsync(INetworkStore store, NetworkCatalog catalog, HistoryWindow window, CancellationToken cancellationToken)
    {
        var stations = catalog.Sites.Where(s => s.Kind == SiteKind.DeliveryStation).ToDictionary(s => s.Code, StringComparer.OrdinalIgnoreCase);
        var lanes = catalog.Lanes.Where(l => stations.ContainsKey(l.Destination)).OrderBy(l => l.Id, StringComparer.Ordinal).ToList();
        if (lanes.Count == 0)
        {
            throw new InputError("The network has no lanes into delivery stations, so there is no hierarchy to break a forecast down by.");
        }

        var from = window.Last.AddDays(1 - DailyVolumeForecaster.HistoryDays);
        if (from < window.First)
        {
            from = window.First;
        }

        var history = new List<double[]>(lanes.Count);
        foreach (var lane in lanes)
        {
            // Missing days count as zero volume: every series needs one value a day.
            var values = new double[window.Last.DayNumber - from.DayNumber + 1];
            foreach (var day in await store.GetLaneDaysAsync(lane.Id, from, window.Last, cancellationToken))
            {
                values[day.Date.DayNumber - from.DayNumber] = day.Packages;
            }

            history.Add(values);
        }

        var hierarchy = SeriesHierarchy.Create(lanes, LaneLevel, l => l.Id,
        [
            HierarchyLevel<Lane>.Total(NetworkLevel),
            new(RegionLevel, l => stations[l.Destination].RegionCode),
            new(StationLevel, l => stations[l.Destination].Code),
        ]);
        return new DeliveryHierarchy(hierarchy, from, history);
    }
}
