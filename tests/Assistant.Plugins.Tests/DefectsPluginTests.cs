using Assistant.Core;
using Assistant.Core.Network;
using Assistant.Plugins.Defects;

namespace Assistant.Plugins.Tests;

/// <summary>The defects plugin on the demo network in a real SQLite file: what it returns, and what it refuses.</summary>
public sealed class DefectsPluginTests(DemoStore demo) : IClassFixture<DemoStore>
{
    private DefectsPlugin Plugin() => new(demo.Store, demo.Forecasts);

    [Fact]
    public async Task A_site_metric_scan_scores_every_day_of_the_range_with_the_stored_values()
    {
        var result = await Plugin().DetectAnomalies(site: "BFI3", metric: "missort_rate", start: "2026-11-01", end: "2026-11-21");

        var stored = await demo.Store.GetSiteDaysAsync("BFI3", new DateOnly(2026, 11, 1), DemoStore.LastDay);
        Assert.Equal(21, result.Daily.Count);
        Assert.Equal(1, result.SeriesScanned);
        Assert.Equal(["missort_rate"], result.Metrics);
        Assert.All(result.Daily, d => Assert.InRange(d.Score, 0, 1));
        Assert.Equal(stored.Select(d => Math.Round(d.MissortRatePct!.Value, 3)), result.Daily.Select(d => d.Value));
        Assert.All(result.Daily, d => Assert.True(d.Lower <= d.Expected && d.Expected <= d.Upper, $"{d.Date}: {d.Lower} ≤ {d.Expected} ≤ {d.Upper}"));
        Assert.NotNull(result.Chart);
    }

    [Fact]
    public async Task A_network_scan_covers_every_site_and_the_metrics_it_records()
    {
        var result = await Plugin().DetectAnomalies(start: "2026-11-15", end: "2026-11-21");

        var sortCenters = demo.Data.Sites.Count(s => s.Kind == SiteKind.SortCenter);
        Assert.Equal("network", result.Scope.Kind);
        Assert.True(result.SeriesScanned >= demo.Data.Sites.Count + 2 * sortCenters, $"{result.SeriesScanned} series");
        Assert.Equal(result.EpisodeCount, result.Episodes.Count);
        Assert.True(result.Shown.Count <= 10);
        Assert.Equal(result.Episodes.OrderByDescending(e => e.PeakScore).Select(e => e.PeakScore), result.Episodes.Select(e => e.PeakScore));
        Assert.All(result.Episodes, e => Assert.True(e.PeakScore >= DailyAnomalies.Threshold && e.Start >= new DateOnly(2026, 11, 15)));
    }

    [Fact]
    public async Task Missorts_at_a_delivery_station_are_refused_naming_why()
    {
        var station = demo.Data.Sites.First(s => s.Kind == SiteKind.DeliveryStation);

        var error = await Assert.ThrowsAsync<InputError>(() => Plugin().DetectAnomalies(site: station.Code, metric: "missort_rate"));

        Assert.Contains(station.Code, error.Message);
        Assert.Contains("sort centers only", error.Message);
    }

    [Fact]
    public async Task An_unknown_metric_is_refused_with_the_metrics_there_are()
    {
        var error = await Assert.ThrowsAsync<InputError>(() => Plugin().DetectAnomalies(site: "BFI3", metric: "happiness"));

        Assert.Contains("happiness", error.Message);
        Assert.Contains("missort_rate", error.Message);
    }

    [Fact]
    public async Task A_site_and_a_region_together_are_refused()
    {
        var error = await Assert.ThrowsAsync<InputError>(() => Plugin().DetectAnomalies(site: "BFI3", region: "WEST"));

        Assert.Contains("one of site, lane or region", error.Message);
    }

    [Fact]
    public async Task Dwell_on_a_lane_is_refused()
    {
        var lane = demo.Data.Lanes[0].Id;

        var error = await Assert.ThrowsAsync<InputError>(() => Plugin().DetectAnomalies(lane: lane, metric: "dwell_hours"));

        Assert.Contains("per sort center", error.Message);
    }

    [Fact]
    public async Task Late_departures_at_ORD2_are_split_over_its_outbound_lanes_and_the_split_adds_up()
    {
        var incident = (await demo.Store.GetIncidentsAsync()).Single(i => i.Kind == "late_departures");

        var result = await Plugin().ExplainDefect(incident.SiteCode, "late_departures", HistoryRange.Iso(incident.Start), HistoryRange.Iso(incident.End));

        var outbound = demo.Data.Lanes.Where(l => l.Origin == incident.SiteCode).Select(l => l.Id).ToHashSet();
        var lanes = result.Causes.Where(c => c.Dimension == "outbound lane").ToList();
        Assert.Equal("late_departures", result.Metric);
        Assert.Equal(outbound.Count, lanes.Count);
        Assert.All(lanes, c => Assert.Contains(c.Member, outbound));
        Assert.Equal(100, lanes.Sum(c => c.SharePct), 0);
        Assert.True(result.Actual > result.Expected, $"{result.Actual} late trucks against {result.Expected} expected");
        Assert.Contains(result.Findings, f => f.Contains("Volume at ORD2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_BFI3_missort_spike_is_put_down_to_the_rate_itself_not_volume()
    {
        var incident = (await demo.Store.GetIncidentsAsync()).Single(i => i.Kind == "missort_spike");

        var result = await Plugin().ExplainDefect(incident.SiteCode, "missort_rate", HistoryRange.Iso(incident.Start), HistoryRange.Iso(incident.End));

        var rate = result.Causes.Single(c => c.Member == "higher missort rate");
        Assert.True(rate.SharePct > 80, $"the rate's share is {rate.SharePct}%");
        Assert.True(result.Actual > 2 * result.Expected, $"{result.Actual}% against {result.Expected}% expected");
    }

    [Fact]
    public async Task Lanes_at_risk_are_ranked_by_risk_with_reasons_and_the_count_asked()
    {
        var result = await Plugin().LanesAtRisk(days: 7, count: 5);

        Assert.Equal(5, result.Lanes.Count);
        Assert.Equal(DemoStore.LastDay.AddDays(1), result.Start);
        Assert.Equal(DemoStore.LastDay.AddDays(7), result.End);
        Assert.True(result.LanesAssessed > 50, $"{result.LanesAssessed} lanes assessed");
        Assert.Equal(result.Lanes.OrderByDescending(l => l.RiskPct).Select(l => l.RiskPct), result.Lanes.Select(l => l.RiskPct));
        Assert.All(result.Lanes, l => Assert.NotEmpty(l.Reasons));
        Assert.All(result.Lanes, l => Assert.True(l.ExpectedPackagesPerDay > 0 && l.MostTrucksPerDayLately >= 1, l.Lane));
    }

    [Fact]
    public async Task Lanes_at_risk_for_a_site_are_its_own_lanes()
    {
        var result = await Plugin().LanesAtRisk(site: "ORD2", count: 50);

        Assert.NotEmpty(result.Lanes);
        Assert.All(result.Lanes, l => Assert.Contains("ORD2", l.Lane.Split('-')));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(15)]
    public async Task Lanes_at_risk_refuse_a_horizon_outside_1_to_14_days(int days)
    {
        var error = await Assert.ThrowsAsync<InputError>(() => Plugin().LanesAtRisk(days: days));

        Assert.Contains("1 to 14", error.Message);
    }

    [Fact]
    public async Task Lanes_at_risk_through_the_end_of_a_week_that_began_in_the_history_start_after_the_history()
    {
        // "This week" on Sunday 2026-11-22: Monday 16 to Sunday 22; the history ends on the 21st.
        var result = await Plugin().LanesAtRisk(start: "2026-11-16", end: "2026-11-22", count: 3);

        Assert.Equal(new DateOnly(2026, 11, 22), result.Start);
        Assert.Equal(new DateOnly(2026, 11, 22), result.End);
        Assert.Equal(1, result.Days);
        Assert.Contains(result.Notes, n => n.Contains("outlook starts 2026-11-22", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Lanes_at_risk_for_days_that_have_passed_are_refused_with_where_to_look_instead()
    {
        var error = await Assert.ThrowsAsync<InputError>(() => Plugin().LanesAtRisk(start: "2026-11-09", end: "2026-11-15"));

        Assert.Contains("has passed", error.Message);
        Assert.Contains("late departures", error.Message);
    }
}

public sealed class DailyScoringTests
{
    private static IReadOnlyList<(DateOnly Date, double Value)> SteadyThenDrop()
    {
        // Eight weeks around 20 a day (a fixed wobble), then one day at 2.
        var start = new DateOnly(2026, 1, 5);
        var series = Enumerable.Range(0, 56).Select(i => (start.AddDays(i), 20.0 + (i * 7 % 5) - 2)).ToList();
        series.Add((start.AddDays(56), 2.0));
        return series;
    }

    [Fact]
    public void A_drop_in_late_departures_is_good_news_and_not_flagged()
    {
        var scored = DailyAnomalies.Score(SteadyThenDrop(), DefectSignal.LateDepartures);

        Assert.Equal(0, scored[^1].Score);
        Assert.Equal("none", scored[^1].Kind);
    }

    [Fact]
    public void The_same_drop_in_volume_is_flagged()
    {
        var scored = DailyAnomalies.Score(SteadyThenDrop(), DailyScoring.Packages with { EventAdjusted = false });

        Assert.True(scored[^1].Score >= DailyAnomalies.Threshold, $"score {scored[^1].Score}");
        Assert.Equal("dip", scored[^1].Kind);
    }
}
