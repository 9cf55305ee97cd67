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
    /// A day is flagged at this score. With the per-signal settings (<see cref="DailyScoring"/>)
    /// every planted incident on the demo network is found and false alarms stay well under one per
    /// site-month (see DefectIncidentTests and bench <c>incidents</c>).
    /// </summary>
    public const double Threshold = 0.9;

    /// <summary>Flagged days at most this many days apart belong to one episode.</summary>
    public const int EpisodeGapDays = 2;

    /// <summary>Scores a site's or lane's daily series the way its signal is scored (<see cref="DailyScoring.For"/>).</summary>
    public static IReadOnlyList<ScoredDay> Score(IReadOnlyList<(DateOnly Date, double Value)> series, DefectSignal signal) =>
        Score(series, DailyScoring.For(signal));

    /// <summary>
    /// Scores the series on the scale the scoring asks for (calendar events divided out or not)
    /// and reports every expected value and bound back in the metric's own units.
    /// </summary>
    public static IReadOnlyList<ScoredDay> Score(IReadOnlyList<(DateOnly Date, double Value)> series, DailyScoring scoring)
    {
        ArgumentNullException.ThrowIfNull(scoring);
        var effects = scoring.EventAdjusted ? PastEventEffects.Of(series) : null;
        double Effect(int i) => effects?[i] ?? 1.0;
        var points = series.Select((p, i) => new MetricPoint(p.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), p.Value / Effect(i))).ToList();
        var scored = new AnomalyDetector(scoring.Options).Score(points);
        return scored.Select((s, i) =>
        {
            var expected = s.Expected * Effect(i);
            var value = series[i].Value;
            // A difference too small to matter in the metric's own units is not flagged, however
            // narrow the recent spread (a quiet fortnight of zeros makes one late truck "unusual").
            var score = Math.Abs(value - expected) < scoring.MinExcess ? Math.Min(s.Score, 0.5) : s.Score;
            var better = scoring.WorseOnly && value < expected;
            return new ScoredDay(series[i].Date, value, expected, s.Lower * Effect(i), s.Upper * Effect(i),
                better ? 0 : score, better ? "none" : KindName(s.Kind));
        }).ToList();
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
