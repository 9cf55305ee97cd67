using System.Globalization;
using Assistant.Plugins.Defects;
using Xunit.Abstractions;

namespace Assistant.Plugins.Tests;

/// <summary>
/// The defects plugin against the incidents the demo generator planted (its ground truth): each
/// is found on its own site and metric, and the ordinary days around them raise few alarms.
/// </summary>
public sealed class DefectIncidentTests(DemoStore demo, ITestOutputHelper output) : IClassFixture<DemoStore>
{
    private const int Days = 90;
    private const int Months = 3;

    /// <summary>Episodes this close to an incident at the same site are the incident's own ripples (its backlog, its ramp).</summary>
    private const int Slack = 2;

    [Fact]
    public async Task Every_planted_incident_is_found_by_detect_anomalies_on_its_site_and_metric_over_its_days()
    {
        var plugin = new DefectsPlugin(demo.Store, demo.Forecasts);
        var incidents = await demo.Store.GetIncidentsAsync();
        Assert.Equal(5, incidents.Count);

        foreach (var incident in incidents)
        {
            var scan = await plugin.DetectAnomalies(site: incident.SiteCode, metric: incident.Metric, start: Day(incident.Start), end: Day(incident.End));
            var episode = Assert.Single(scan.Episodes);
            output.WriteLine($"{incident.Kind} {incident.SiteCode} {incident.Start:MM-dd}..{incident.End:MM-dd}: {episode.Summary}");
            Assert.Equal(incident.SiteCode, episode.Scope);
            Assert.Equal(incident.Metric, episode.Metric);
            Assert.True(episode.PeakScore >= DailyAnomalies.Threshold);
            Assert.InRange(episode.PeakDate, incident.Start, incident.End);
        }
    }

    [Fact]
    public async Task False_alarms_over_the_last_90_days_stay_under_one_per_site_month()
    {
        var plugin = new DefectsPlugin(demo.Store, demo.Forecasts);
        var incidents = await demo.Store.GetIncidentsAsync();
        var sites = (await demo.Store.GetCatalogAsync()).Sites.Count;
        var scan = await plugin.DetectAnomalies(start: Day(DemoStore.LastDay.AddDays(1 - Days)), end: Day(DemoStore.LastDay));

        var falseAlarms = scan.Episodes
            .Where(e => !incidents.Any(i => i.SiteCode == e.Scope && e.Start <= i.End.AddDays(Slack) && e.End >= i.Start.AddDays(-Slack)))
            .ToList();
        var perSiteMonth = falseAlarms.Count / (double)(sites * Months);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{scan.EpisodeCount} episodes over {scan.SeriesScanned} series; {falseAlarms.Count} false alarms = {perSiteMonth:0.000} per site-month ({sites} sites x {Months} months)"));
        foreach (var alarm in falseAlarms)
        {
            output.WriteLine(alarm.Summary);
        }

        // Every incident is in the network scan too, not only when asked about its own days.
        Assert.All(incidents, i => Assert.Contains(scan.Episodes, e => e.Scope == i.SiteCode && e.Metric == i.Metric && e.Start <= i.End && e.End >= i.Start));
        Assert.True(perSiteMonth <= 1.0, $"{falseAlarms.Count} false alarms = {perSiteMonth:0.000} per site-month");
        // Measured 11 (0.080 per site-month) on 2026-12-02, most of them the outage's and the surge's
        // knock-on at neighbouring sites; the bound leaves room but catches a return to the old 77.
        Assert.True(falseAlarms.Count <= 20, $"{falseAlarms.Count} false alarms");
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
