using System.Diagnostics;
using Assistant.Core.Demo;
using Assistant.Core.History;
using Assistant.Core.Network;
using Xunit.Abstractions;

namespace Assistant.Core.Tests;

public sealed class DemoNetworkTests(ITestOutputHelper output)
{
    private static readonly DateOnly LastDay = new(2026, 11, 21);
    private static readonly Lazy<NetworkData> Demo = new(() => DemoNetwork.Generate(LastDay));

    [Fact]
    public void Demo_network_has_the_promised_size()
    {
        var sw = Stopwatch.StartNew();
        var data = Demo.Value;
        output.WriteLine($"generated in {sw.ElapsedMilliseconds} ms: {data.SiteDays.Count} site days, {data.LaneDays.Count} lane days");

        Assert.True(data.Regions.Count >= 3);
        Assert.Equal(6, data.Sites.Count(s => s.Kind == SiteKind.FulfillmentCenter));
        Assert.Equal(10, data.Sites.Count(s => s.Kind == SiteKind.SortCenter));
        Assert.Equal(30, data.Sites.Count(s => s.Kind == SiteKind.DeliveryStation));
        Assert.Equal(150, data.Lanes.Count);
        Assert.Equal(data.Lanes.Count, data.Lanes.Select(l => l.Id).Distinct().Count());
        Assert.Contains(data.Sites, s => s.Code == "SEA4" && s.Kind == SiteKind.SortCenter);
        Assert.Contains(data.Sites, s => s.Code == "PDX2");
    }

    [Fact]
    public void Demo_history_covers_three_years_ending_on_the_last_day()
    {
        var days = Demo.Value.SiteDays.Where(d => d.SiteCode == "SEA4").Select(d => d.Date).ToList();
        Assert.Equal(LastDay, days.Max());
        Assert.Equal(LastDay.AddYears(-3).AddDays(1), days.Min());
        Assert.True(days.Count >= 3 * 365);
    }

    [Fact]
    public void Lanes_add_up_to_sites_and_stations_add_up_to_the_network()
    {
        var data = Demo.Value;
        var day = LastDay.AddDays(-3);
        var lanes = data.LaneDays.Where(l => l.Date == day).ToDictionary(l => l.LaneId);
        foreach (var site in data.Sites)
        {
            var siteDay = data.SiteDays.Single(d => d.SiteCode == site.Code && d.Date == day);
            var expected = site.Kind == SiteKind.DeliveryStation
                ? data.Lanes.Where(l => l.Destination == site.Code).Sum(l => lanes[l.Id].Packages)
                : data.Lanes.Where(l => l.Origin == site.Code).Sum(l => lanes[l.Id].Packages);
            Assert.Equal(expected, siteDay.Packages);
        }

        var sortCenters = data.Sites.Where(s => s.Kind == SiteKind.SortCenter).Select(s => s.Code).ToHashSet();
        foreach (var sc in sortCenters)
        {
            var inbound = data.Lanes.Where(l => l.Destination == sc).Sum(l => lanes[l.Id].Packages);
            var outbound = data.Lanes.Where(l => l.Origin == sc).Sum(l => lanes[l.Id].Packages);
            Assert.Equal(outbound, inbound);
        }
    }

    [Fact]
    public void Generation_is_deterministic_and_a_day_does_not_depend_on_when_it_was_generated()
    {
        var later = DemoNetwork.Generate(LastDay.AddDays(10), years: 1);
        var day = LastDay.AddDays(-100);
        var a = Demo.Value.SiteDays.Single(d => d.SiteCode == "SEA4" && d.Date == day);
        var b = later.SiteDays.Single(d => d.SiteCode == "SEA4" && d.Date == day);
        Assert.Equal(a.Packages, b.Packages);
        Assert.Equal(Demo.Value.Lanes, later.Lanes);
    }

    [Fact]
    public void Weekly_and_peak_seasonality_show_in_the_history()
    {
        var network = Demo.Value.SiteDays.Where(d => d.SiteCode.Length > 0)
            .Join(Demo.Value.Sites.Where(s => s.Kind == SiteKind.DeliveryStation), d => d.SiteCode, s => s.Code, (d, _) => d)
            .GroupBy(d => d.Date).ToDictionary(g => g.Key, g => g.Sum(d => d.Packages));
        var sundays = network.Where(kv => kv.Key.DayOfWeek == DayOfWeek.Sunday && kv.Key.Month is 3 or 4).Average(kv => kv.Value);
        var tuesdays = network.Where(kv => kv.Key.DayOfWeek == DayOfWeek.Tuesday && kv.Key.Month is 3 or 4).Average(kv => kv.Value);
        Assert.True(tuesdays > 1.8 * sundays, $"Tuesday {tuesdays:N0} vs Sunday {sundays:N0}");

        var cyberTuesday = new DateOnly(2025, 12, 2);
        var octoberTuesdays = network.Where(kv => kv.Key.Year == 2025 && kv.Key.Month == 10 && kv.Key.DayOfWeek == DayOfWeek.Tuesday).Average(kv => kv.Value);
        Assert.True(network[cyberTuesday] > 1.4 * octoberTuesdays);
        Assert.True(network[new DateOnly(2025, 12, 25)] < 0.2 * octoberTuesdays);
        output.WriteLine($"network Tuesday in spring {tuesdays:N0}, Sunday {sundays:N0}, day after Cyber Monday 2025 {network[cyberTuesday]:N0}");
    }

    [Fact]
    public void Planted_incidents_are_visible_in_the_history()
    {
        var data = Demo.Value;
        Assert.True(data.Incidents.Count >= 5);
        var missort = data.Incidents.Single(i => i.Kind == "missort_spike");
        var during = data.SiteDays.Where(d => d.SiteCode == missort.SiteCode && d.Date >= missort.Start && d.Date <= missort.End).Average(d => d.MissortRatePct!.Value);
        var before = data.SiteDays.Where(d => d.SiteCode == missort.SiteCode && d.Date >= missort.Start.AddDays(-28) && d.Date < missort.Start).Average(d => d.MissortRatePct!.Value);
        Assert.True(during > 2.5 * before, $"missort {during:F3}% vs {before:F3}%");

        var outage = data.Incidents.Single(i => i.Kind == "outage");
        var outageDay = data.SiteDays.Single(d => d.SiteCode == outage.SiteCode && d.Date == outage.Start).Packages;
        var weekBefore = data.SiteDays.Single(d => d.SiteCode == outage.SiteCode && d.Date == outage.Start.AddDays(-7)).Packages;
        Assert.True(outageDay < 0.3 * weekBefore, $"outage day {outageDay} vs a week before {weekBefore}");
    }
}
