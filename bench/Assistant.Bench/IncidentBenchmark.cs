using System.Diagnostics;
using System.Globalization;
using Assistant.Core.Demo;
using Assistant.Core.History;
using Assistant.Core.Store;
using Assistant.Forecasting.Daily;
using Assistant.Forecasting.Models;
using Assistant.Plugins.Defects;
using Assistant.Plugins.Forecast;

namespace Assistant.Bench;

/// <summary>
/// <c>incidents</c>: the defects plugin's <c>detect_anomalies</c> over the last 90 days of the demo
/// network (every site, every signal it records), checked against the incidents the generator
/// planted. An incident is found when an episode on its site and metric overlaps its days; a false
/// alarm is an episode that overlaps no incident's days (±2) at its site. Knock-on effects (an
/// outage's missing volume arriving downstream, a surge's volume pulled upstream) count as false
/// alarms here: the ground truth names one site per incident. <c>--last yyyy-MM-dd</c> ends the
/// demo on another day (default 2026-11-21, the tests' demo; the incidents move with it).
/// </summary>
public static class IncidentBenchmark
{
    private const int Days = 90;
    private const int Months = 3;
    private const int Slack = 2;
    private static readonly DateOnly DefaultLastDay = new(2026, 11, 21);

    public static async Task<int> RunAsync(string[] args)
    {
        var lastDay = DefaultLastDay;
        if (args.Length == 2 && args[0] == "--last" && DateOnly.TryParseExact(args[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var last))
        {
            lastDay = last;
        }
        else if (args.Length > 0)
        {
            Console.Error.WriteLine("incidents takes no arguments but --last yyyy-MM-dd.");
            return 2;
        }

        Console.WriteLine($"Planted incidents on the demo network: {M4Report.Machine()}");
        var folder = Path.Combine(Path.GetTempPath(), "assistant-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var clock = Stopwatch.StartNew();
            var store = new SqliteNetworkStore(new SqliteDatabase(Path.Combine(folder, "network.db")));
            await store.ImportAsync(DemoNetwork.Generate(lastDay), replace: true);
            var loaded = clock.Elapsed;
            var forecasts = new ForecastPlugin(store, new DailyVolumeForecaster([new AutoEts(), new SeasonalNaive()]), new DailyHierarchyForecaster());
            var plugin = new DefectsPlugin(store, forecasts);
            var incidents = await store.GetIncidentsAsync();
            var sites = (await store.GetCatalogAsync()).Sites.Count;
            var from = lastDay.AddDays(1 - Days);

            clock.Restart();
            var scan = await plugin.DetectAnomalies(start: Day(from), end: Day(lastDay));
            var scanned = clock.Elapsed;
            var outcome = IncidentOutcome.Judge(scan.Episodes, incidents, Slack);

            Console.WriteLine($"Demo network to {lastDay:yyyy-MM-dd} generated and stored in {loaded.TotalSeconds:F1} s; " +
                $"{from:yyyy-MM-dd} to {lastDay:yyyy-MM-dd} ({Days} days), {sites} sites, {scan.SeriesScanned} series scored in {scanned.TotalSeconds:F1} s.");
            Console.WriteLine();
            Console.WriteLine("| incident | site | metric | days | found by |");
            Console.WriteLine("| --- | --- | --- | --- | --- |");
            foreach (var (incident, episode) in outcome.Incidents)
            {
                var by = episode is null ? "**missed**" : $"{episode.Kind} {episode.Start:MM-dd}..{episode.End:MM-dd}, score {episode.PeakScore:0.00}";
                Console.WriteLine($"| {incident.Kind} | {incident.SiteCode} | {incident.Metric} | {incident.Start:MM-dd}..{incident.End:MM-dd} | {by} |");
            }

            var perSiteMonth = outcome.FalseAlarms.Count / (double)(sites * Months);
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"found {outcome.Found}/{incidents.Count}; episodes {scan.EpisodeCount}; false alarms {outcome.FalseAlarms.Count} " +
                $"= {perSiteMonth:0.000} per site-month ({sites} sites x {Months} months); goal: all found, at most 1 per site-month."));
            Console.WriteLine();
            foreach (var alarm in outcome.FalseAlarms.OrderBy(e => e.Start).ThenBy(e => e.Scope, StringComparer.Ordinal))
            {
                Console.WriteLine($"- false alarm: {alarm.Summary}");
            }

            return outcome.Found == incidents.Count && perSiteMonth <= 1 ? 0 : 1;
        }
        finally
        {
            SqliteDatabase.ReleasePooledConnections();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Which incidents the episodes found and which episodes touch no incident at their site.</summary>
    private sealed record IncidentOutcome(IReadOnlyList<(PlantedIncident Incident, AnomalyEpisode? Episode)> Incidents, IReadOnlyList<AnomalyEpisode> FalseAlarms)
    {
        public int Found => Incidents.Count(i => i.Episode is not null);

        public static IncidentOutcome Judge(IReadOnlyList<AnomalyEpisode> episodes, IReadOnlyList<PlantedIncident> incidents, int slack)
        {
            var found = incidents
                .Select(i => (i, episodes.Where(e => e.Scope == i.SiteCode && e.Metric == i.Metric && e.Start <= i.End && e.End >= i.Start)
                    .OrderByDescending(e => e.PeakScore).FirstOrDefault()))
                .ToList();
            var falseAlarms = episodes
                .Where(e => !incidents.Any(i => i.SiteCode == e.Scope && e.Start <= i.End.AddDays(slack) && e.End >= i.Start.AddDays(-slack)))
                .ToList();
            return new IncidentOutcome(found, falseAlarms);
        }
    }
}
