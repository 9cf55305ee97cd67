using Assistant.Core.Demo;

namespace Assistant.Core.Store;

/// <summary>
/// First-run setup: an empty store is filled with the demo network, ending yesterday. A demo
/// store opened on a later day is brought up to yesterday with the days it misses, so that
/// "yesterday" always has data; a store holding imported data is never touched.
/// </summary>
public static class NetworkStoreSetup
{
    public const string SourceKey = "source";
    public const string DemoSource = "demo";

    /// <summary>
    /// Fills an empty store with the demo network, or tops up a demo store that has fallen
    /// behind; returns the number of days written (0 when nothing was needed).
    /// </summary>
    public static async Task<int> EnsureDemoAsync(INetworkStore store, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        var yesterday = Yesterday(clock);
        var window = await store.GetHistoryWindowAsync(cancellationToken);
        if (window is null)
        {
            var data = DemoNetwork.Generate(yesterday);
            await store.ImportAsync(data, replace: true, cancellationToken);
            await store.SetInfoAsync(SourceKey, DemoSource, cancellationToken);
            return yesterday.DayNumber - data.SiteDays.Min(d => d.Date).DayNumber + 1;
        }

        if (window.Last >= yesterday || await store.GetInfoAsync(SourceKey, cancellationToken) != DemoSource)
        {
            return 0;
        }

        var (siteDays, laneDays) = DemoNetwork.MoreDays(window.Last.AddDays(1), yesterday);
        var catalog = await store.GetCatalogAsync(cancellationToken);
        await store.ImportAsync(
            new(catalog.Regions, catalog.Sites, catalog.Lanes, catalog.Capacities, siteDays, laneDays,
                new Dictionary<string, IReadOnlyList<History.HourShare>>(), []),
            replace: false, cancellationToken);
        return yesterday.DayNumber - window.Last.DayNumber;
    }

    public static DateOnly Yesterday(TimeProvider clock) =>
        DateOnly.FromDateTime(clock.GetLocalNow().DateTime).AddDays(-1);
}
