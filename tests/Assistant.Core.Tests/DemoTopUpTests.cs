using Assistant.Core.Demo;
using Assistant.Core.History;
using Assistant.Core.Store;

namespace Assistant.Core.Tests;

public sealed class DemoTopUpTests
{
    [Fact]
    public async Task A_demo_store_opened_days_later_gets_the_missing_days_exactly_as_generated()
    {
        using var temp = new TempDatabase();
        var created = new FixedClock(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));
        await NetworkStoreSetup.EnsureDemoAsync(temp.Store, created);

        var later = new FixedClock(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));
        var added = await NetworkStoreSetup.EnsureDemoAsync(temp.Store, later);

        Assert.Equal(4, added);
        Assert.Equal(new DateOnly(2026, 11, 25), (await temp.Store.GetHistoryWindowAsync())!.Last);
        var fresh = DemoNetwork.Generate(new DateOnly(2026, 11, 25), years: 1);
        var day = new DateOnly(2026, 11, 24);
        var stored = await temp.Store.GetVolumeAsync(VolumeScope.Site("SEA4"), day, day);
        Assert.Equal(fresh.SiteDays.Single(d => d.SiteCode == "SEA4" && d.Date == day).Packages, stored.Single().Packages);
        Assert.Equal(0, await NetworkStoreSetup.EnsureDemoAsync(temp.Store, later));
    }

    [Fact]
    public async Task A_store_of_imported_data_is_never_topped_up()
    {
        using var temp = new TempDatabase();
        await NetworkStoreSetup.EnsureDemoAsync(temp.Store, new FixedClock(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero)));
        await temp.Store.SetInfoAsync(NetworkStoreSetup.SourceKey, "csv");

        var added = await NetworkStoreSetup.EnsureDemoAsync(temp.Store, new FixedClock(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero)));

        Assert.Equal(0, added);
        Assert.Equal(new DateOnly(2026, 11, 21), (await temp.Store.GetHistoryWindowAsync())!.Last);
    }
}
