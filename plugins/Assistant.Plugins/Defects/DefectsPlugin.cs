using System.ComponentModel;
using System.Globalization;
using Assistant.Core;
using Assistant.Core.Network;
using Assistant.Core.Store;
using Assistant.Plugins.Charts;
using Assistant.Plugins.Forecast;
using Assistant.Plugins.Network;
using Assistant.Plugins.Questions;
using Microsoft.Extensions.AI;

namespace Assistant.Plugins.Defects;

/// <summary>
/// What is going wrong, or about to: anomalies in sites' and lanes' daily volume and defect
/// metrics (each day scored from the days before it), their likely causes (which lanes, volume
/// or rate, local or network-wide), and the lanes most at risk of late departures in the coming
/// days.
/// </summary>
public sealed class DefectsPlugin : IPlanningPlugin
{
    private const int MaxShown = 10;

    private readonly INetworkStore _store;
    private readonly DefectHistory _history;
    private readonly DefectCauses _causes;
    private readonly LaneRiskOutlooks _risks;

    public DefectsPlugin(INetworkStore store, ForecastPlugin forecasts)
    {
        _store = store;
        _history = new DefectHistory(store);
        _causes = new DefectCauses(store, _history);
        _risks = new LaneRiskOutlooks(store, forecasts);
        Functions =
        [
            PluginFunction.Create(DetectAnomalies, "detect_anomalies", "Find unusual days (spikes, drops, lasting shifts) in daily volume and defect metrics (missort rate, late departures, dwell) of a site, a lane, a region's sites or the whole network over a period. Each day is scored in [0,1] from the days before it only against a robust weekly baseline; returns the episodes found with their peak score, value against expected, and a chart of the series with its expected band and flagged days."),
            PluginFunction.Create(ExplainDefect, "explain_defect", "Why a site's volume or defect metric was unusual: the episode (days, value against expected, score) and its likely causes: which lanes account for the deviation, whether volume or the rate itself moved, and whether other sites moved too (local or network-wide)."),
            PluginFunction.Create(LanesAtRisk, "lanes_at_risk", "Rank lanes by the risk of late departures in the coming days, from the forecast volume against the most trucks each lane has run in a day lately and the trend of its recent late departures, with the reasons for each."),
        ];
        Intents = DefectsQuestions.All;
    }

    public string Name => "defects";

    public IReadOnlyList<AIFunction> Functions { get; }

    public IReadOnlyList<QuestionIntent> Intents { get; }

    public async Task<AnomalyScanResult> DetectAnomalies(
        [Description("Site code, e.g. BFI3. Give at most one of site, lane, region; none scans every site in the network.")] string? site = null,
        [Description("Lane as ORIGIN-DESTINATION, e.g. SEA4-GEG1 (packages and late departures).")] string? lane = null,
        [Description("Region code or name: scan its sites.")] string? region = null,
        [Description("packages, missort_rate, late_departures or dwell_hours. Default: every metric the scope records.")] string? metric = null,
        [Description("First day, yyyy-MM-dd. Default: 7 days before the end.")] string? start = null,
        [Description("Last day, yyyy-MM-dd. Default: the last day with history.")] string? end = null,
        CancellationToken cancellationToken = default)
    {
        var given = new[] { site, lane, region }.Count(s => !string.IsNullOrWhiteSpace(s));
        if (given > 1)
        {
            throw new InputError("Give one of site, lane or region to scan, or none for the whole network.");
        }

        var catalog = await _store.GetCatalogAsync(cancellationToken);
        var window = await _history.WindowAsync(cancellationToken);
        var range = HistoryRange.Resolve(start, end, window, defaultDays: 7);
        DefectSignal? only = string.IsNullOrWhiteSpace(metric) ? null : DefectSignals.Parse(metric);

        ScopeInfo scope;
        var series = new List<(string Scope, DefectSignal Signal, IReadOnlyList<ScoredDay> Days)>();
        if (!string.IsNullOrWhiteSpace(lane))
        {
            var found = PlaceResolver.Lane(catalog, lane);
            scope = new ScopeInfo("lane", found.Id, $"lane {found.Id}");
            foreach (var signal in only is { } s ? [s] : new[] { DefectSignal.Packages, DefectSignal.LateDepartures })
            {
                series.Add((found.Id, signal, await _history.LaneAsync(found.Id, signal, window, cancellationToken)));
            }
        }
        else
        {
            IReadOnlyList<Site> sites;
            if (!string.IsNullOrWhiteSpace(site))
            {
                var found = PlaceResolver.Site(catalog, site);
                scope = new ScopeInfo("site", found.Code, found.Name);
                sites = [found];
                if (only is { } s && !DefectHistory.SignalsOf(found).Contains(s))
                {
                    throw new InputError($"{found.Code} is a {found.Kind.Describe()}; {s.Describe()} is recorded at sort centers only.");
                }
            }
            else if (!string.IsNullOrWhiteSpace(region))
            {
                var found = PlaceResolver.Region(catalog, region);
                scope = new ScopeInfo("region", found.Code, found.Name);
                sites = catalog.SitesIn(found.Code).ToList();
            }
            else
            {
                scope = new ScopeInfo("network", null, "the network");
                sites = catalog.Sites;
            }

            foreach (var s in sites)
            {
                foreach (var signal in DefectHistory.SignalsOf(s).Where(x => only is null || x == only))
                {
                    series.Add((s.Code, signal, await _history.SiteAsync(s.Code, signal, window, cancellationToken)));
                }
            }
        }

        series.RemoveAll(s => s.Days.Count == 0);
        var episodes = series
            .SelectMany(s => DailyAnomalies.Episodes(s.Scope, s.Signal, s.Days, range.Start, range.End))
            .OrderByDescending(e => e.PeakScore).ThenBy(e => e.Start).ThenBy(e => e.Scope, StringComparer.Ordinal)
            .ToList();
        var single = series.Count == 1 ? series[0] : default;
        var daily = series.Count == 1
            ? single.Days.Where(d => d.Date >= range.Start && d.Date <= range.End).Select(d => Rounded(d, single.Signal)).ToList()
            : [];

        var notes = new List<string>(range.Notes);
        if (episodes.Count > MaxShown)
        {
            notes.Add($"The {MaxShown} highest-scored of {episodes.Count} episodes are shown.");
        }

        var charted = episodes.Count > 0
            ? series.First(s => s.Scope == episodes[0].Scope && s.Signal.Code() == episodes[0].Metric)
            : series.Count == 1 ? single : default;
        var chart = charted.Days is null ? null : Chart(charted.Scope, charted.Signal, charted.Days, range.Start, range.End);
        var metrics = series.Select(s => s.Signal.Code()).Distinct().ToList();
        return new AnomalyScanResult(scope, range.Start, range.End, range.Days, metrics, series.Count, DailyAnomalies.Threshold,
            episodes.Count, episodes, episodes.Take(MaxShown).ToList(), daily,
            $"Each day of each series ({string.Join(", ", metrics)}) was scored in [0,1] against a robust weekly-seasonal baseline learnt from the days before it only (so a day is judged as it would have been that morning; volume with the calendar events' usual effect, learnt from earlier years, divided out); days scoring {DailyAnomalies.Threshold:0.##} or more are flagged and flagged days at most {DailyAnomalies.EpisodeGapDays} days apart form one episode. Expected value and bounds are the baseline's.",
            notes, chart);
    }

    public Task<DefectExplanation> ExplainDefect(
        [Description("Site code, e.g. BFI3.")] string site,
        [Description("packages, missort_rate, late_departures or dwell_hours. Default: the site's most unusual metric in the period.")] string? metric = null,
        [Description("First day to look at, yyyy-MM-dd. Default: 7 days before the end.")] string? start = null,
        [Description("Last day to look at, yyyy-MM-dd. Default: the last day with history.")] string? end = null,
        CancellationToken cancellationToken = default)
        => _causes.ExplainAsync(site, metric, start, end, cancellationToken);

    public Task<LanesAtRiskResult> LanesAtRisk(
        [Description("Site code: only lanes leaving or entering it.")] string? site = null,
        [Description("Region code or name: only lanes leaving its sites.")] string? region = null,
        [Description("How many days ahead to look, 1-14 (default 7), starting the day after the history.")] int? days = null,
        [Description("First day to look at, yyyy-MM-dd (default: the day after the history).")] string? start = null,
        [Description("Last day to look at, yyyy-MM-dd, at most 14 days after the history (instead of days).")] string? end = null,
        [Description("How many lanes to list (1-50, default 10).")] int count = 10,
        CancellationToken cancellationToken = default)
        => _risks.RankAsync(site, region, days, start, end, count, cancellationToken);

    internal static ScoredDay Rounded(ScoredDay day, DefectSignal signal)
    {
        var digits = signal.Digits();
        return day with
        {
            Value = Math.Round(day.Value, digits),
            Expected = Math.Round(day.Expected, digits),
            Lower = Math.Round(day.Lower, digits),
            Upper = Math.Round(day.Upper, digits),
            Score = Math.Round(day.Score, 3),
        };
    }

    /// <summary>The series around the period (four weeks before it at least), its expected band, and the flagged days.</summary>
    internal static System.Text.Json.Nodes.JsonObject Chart(string scope, DefectSignal signal, IReadOnlyList<ScoredDay> days, DateOnly from, DateOnly to)
    {
        var first = from.AddDays(-28);
        var shown = days.Where(d => d.Date >= first && d.Date <= to && !double.IsNaN(d.Expected)).Select(d => Rounded(d, signal)).ToList();
        return VegaLiteChart.Anomalies(
            $"{scope} {signal.Describe()}: flagged days (score ≥ {DailyAnomalies.Threshold.ToString("0.##", CultureInfo.InvariantCulture)})",
            shown.Select(d => (d.Date, d.Value, d.Expected, d.Lower, d.Upper, d.Score >= DailyAnomalies.Threshold)),
            $"{signal.Describe()} ({signal.Unit()})");
    }
}
