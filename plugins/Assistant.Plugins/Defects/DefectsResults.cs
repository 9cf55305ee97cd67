using System.Text.Json.Nodes;
using Assistant.Plugins.Network;

namespace Assistant.Plugins.Defects;

// What the defects plugin returns. Scores are in [0,1], computed for each day from the days
// before it only; expected values and bounds are the detector's, so every number can be checked.

public sealed record ScoredDay(DateOnly Date, double Value, double Expected, double Lower, double Upper, double Score, string Kind);

public sealed record AnomalyEpisode(
    string Scope, string Metric, string MetricName, string Unit, DateOnly Start, DateOnly End, int Days, string Kind,
    double PeakScore, DateOnly PeakDate, double PeakValue, double ExpectedAtPeak, double? ChangeAtPeakPct, string Summary);

public sealed record AnomalyScanResult(
    ScopeInfo Scope, DateOnly Start, DateOnly End, int Days, IReadOnlyList<string> Metrics, int SeriesScanned,
    double Threshold, int EpisodeCount, IReadOnlyList<AnomalyEpisode> Episodes, IReadOnlyList<AnomalyEpisode> Shown,
    IReadOnlyList<ScoredDay> Daily, string Method, IReadOnlyList<string> Notes, JsonObject? Chart);

public sealed record DefectCause(string Dimension, string Member, double Expected, double Actual, double Deviation, double SharePct);

public sealed record DefectExplanation(
    ScopeInfo Site, string Metric, string MetricName, string Unit, DateOnly Start, DateOnly End, int Days, string Kind,
    double PeakScore, double Expected, double Actual, double? ChangePct, bool Anomalous,
    IReadOnlyList<string> Findings, IReadOnlyList<DefectCause> Causes, string Method, IReadOnlyList<string> Notes, JsonObject Chart);

public sealed record LaneAtRisk(
    int Rank, string Lane, double RiskPct, double PeakUtilisationPct, int DaysOverRecentCapacity,
    double RecentLateSharePct, double BaselineLateSharePct, long ExpectedPackagesPerDay, int MostTrucksPerDayLately,
    IReadOnlyList<string> Reasons);

public sealed record LanesAtRiskResult(
    ScopeInfo Scope, DateOnly Start, DateOnly End, int Days, int LanesAssessed, int LanesAtRiskCount, double RiskFloorPct,
    IReadOnlyList<LaneAtRisk> Lanes, string Method, IReadOnlyList<string> Notes, JsonObject Chart);
