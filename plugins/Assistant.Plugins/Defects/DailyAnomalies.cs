using System.Globalization;
using Assistant.Defects;
using Assistant.Defects.Anomalies;

namespace Assistant.Plugins.Defects;

/// <summary>
/// Scores a daily series with the anomaly detector (weekly season; each day judged on the days
/// before it only) and groups the flagged days into episodes, the way planners talk about them:
/// "missorts were high at BFI3 from the 2nd to the 4th".
/// </summary>
public static class DailyAnomalies
{
    /// <summary>
    /// A day is flagged at this score. Chosen on the demo network: every planted incident is found
    /// and false alarms stay under one per site-month (see DefectsPluginTests).
    /// </summary>
    public const double Threshold = 0.9;

    /// <summary>Flagged days at most this many days apart belong to one episode.</summary>
    public const int EpisodeGapDays = 2;

    private static readonly AnomalyDetector Detector = new(AnomalyOptions.Default with { Season = 7 });

    public static IReadOnlyList<ScoredDay> Score(IReadOnlyList<(DateOnly Date, double Value)> series)
    {
        var points = series.Select(p => new MetricPoint(p.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), p.Value)).ToList();
        var scored = Detector.Score(points);
        return scored.Select((s, i) => new ScoredDay(series[i].Date, s.Value, s.Expected, s.Lower, s.Upper, s.Score, KindName(s.Kind))).ToList();
    }

    public static IReadOnlyList<AnomalyEpisode> Episodes(string scope, DefectSignal signal, IReadOnlyList<ScoredDay> days, DateOnly from, DateOnly to, double threshold = Threshold)
    {
        var flagged = days.Where(d => d.Date >= from && d.Date <= to && d.Score >= threshold).ToList();
        var episodes = new List<AnomalyEpisode>();
        var group = new List<ScoredDay>();
        foreach (var day in flagged)
        {
            if (group.Count > 0 && day.Date.DayNumber - group[^1].Date.DayNumber > EpisodeGapDays)
            {
                episodes.Add(Episode(scope, signal, group));
                group = [];
            }

            group.Add(day);
        }

        if (group.Count > 0)
        {
            episodes.Add(Episode(scope, signal, group));
        }

        return episodes;
    }

    private static AnomalyEpisode Episode(string scope, DefectSignal signal, List<ScoredDay> group)
    {
        var peak = group.MaxBy(d => d.Score)!;
        var digits = signal.Digits();
        double? change = Math.Abs(peak.Expected) > 1e-9 ? Math.Round(100 * (peak.Value - peak.Expected) / Math.Abs(peak.Expected), 1) : null;
        var start = group[0].Date;
        var end = group[^1].Date;
        var days = end.DayNumber - start.DayNumber + 1;
        var when = days == 1 ? $"on {Day(start)}" : $"from {Day(start)} to {Day(end)}";
        var changeText = change is { } c ? $" ({(c >= 0 ? "+" : "")}{c.ToString("0.#", CultureInfo.InvariantCulture)}%)" : "";
        var summary = $"{scope} {signal.Describe()}: {KindWords(peak.Kind)} {when}; {Number(peak.Value, digits)} {signal.Unit()} on {Day(peak.Date)} against {Number(peak.Expected, digits)} expected{changeText}, score {peak.Score.ToString("0.00", CultureInfo.InvariantCulture)}.";
        return new AnomalyEpisode(scope, signal.Code(), signal.Describe(), signal.Unit(), start, end, days, peak.Kind,
            Math.Round(peak.Score, 3), peak.Date, Math.Round(peak.Value, digits), Math.Round(peak.Expected, digits), change, summary);
    }

    private static string KindName(AnomalyKind kind) => kind switch
    {
        AnomalyKind.Spike => "spike",
        AnomalyKind.Dip => "dip",
        AnomalyKind.LevelShift => "level_shift",
        AnomalyKind.TrendChange => "trend_change",
        _ => "none",
    };

    private static string KindWords(string kind) => kind switch
    {
        "spike" => "a spike",
        "dip" => "a drop",
        "level_shift" => "a lasting shift",
        "trend_change" => "a change of trend",
        _ => "unusual values",
    };

    internal static string Day(DateOnly day) => day.ToString("ddd MMM d", CultureInfo.InvariantCulture);

    internal static string Number(double value, int digits) => value.ToString(digits == 0 ? "#,0" : "#,0." + new string('0', digits), CultureInfo.InvariantCulture);
}
