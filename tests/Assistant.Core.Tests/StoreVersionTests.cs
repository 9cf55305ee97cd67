using Assistant.Core.Demo;
using Assistant.Core.Store;

namespace Assistant.Core.Tests;

public sealed class StoreVersionTests
{
    [Fact]
    public async Task A_second_store_on_the_same_file_sees_an_import_made_by_the_first()
    {
        using var temp = new TempDatabase();
        var data = DemoNetwork.Generate(new DateOnly(2026, 11, 21), years: 1);
        await temp.Store.ImportAsync(data, replace: true);
        var other = new SqliteNetworkStore(new SqliteDatabase(temp.Database.FilePath));
        Assert.Equal(46, (await other.GetCatalogAsync()).Sites.Count);

        await temp.Store.ImportAsync(data with { Sites = data.Sites.Where(s => s.Code != "GEG1").ToList() }, replace: true);

        Assert.Null((await other.GetCatalogAsync()).FindSite("GEG1"));
    }

    [Fact]
    public async Task Importing_the_same_incidents_twice_keeps_one_of_each()
    {
        using var temp = new TempDatabase();
        var data = DemoNetwork.Generate(new DateOnly(2026, 11, 21), years: 1);
        await temp.Store.ImportAsync(data, replace: true);
        await temp.Store.ImportAsync(data with { SiteDays = [], LaneDays = [] }, replace: false);
        Assert.Equal(data.Incidents.Count, (await temp.Store.GetIncidentsAsync()).Count);
    }
}
