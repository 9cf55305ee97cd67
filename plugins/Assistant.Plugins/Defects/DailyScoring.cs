using Assistant.Defects.Anomalies;

namespace Assistant.Plugins.Defects;

/// <summary>
/// How one kind of daily series is scored: the detector's settings, whether calendar-event
/// effects are divided out first, and the smallest difference worth flagging. Chosen on the demo
/// network's last 90 days (bench <c>incidents</c>): every planted incident found, false alarms
/// well under one per site-month.
/// </summary>
/// <param name="Options">
/// The anomaly detector's settings. Daily site totals add up many lanes, so their spread is a few
/// percent and the yearly ramp into peak alone walks the default CUSUM (8 spreads) into a
/// "lasting shift" every few weeks; a higher decision level keeps shifts for moves that last, while
/// incidents of a day to a week still stand out as points.
/// </param>
/// <param name="EventAdjusted">
/// Divide out the calendar events' effects (learnt the way the daily forecaster learns them, from
/// earlier years only) before scoring, so a holiday or a peak day is judged against what such a
/// day usually is rather than against an ordinary weekday. Bounds and expected values are
/// multiplied back, so they stay in the metric's own units.
/// </param>
/// <param name="MinExcess">
/// The smallest difference from the expected value, in the metric's own units, a flagged day must
/// show: a truck or two more or less is never an incident, however quiet the weeks before.
/// </param>
/// <param name="WorseOnly">
/// Only a rise counts: fewer missorts, late trucks or hours of dwell than expected is good news,
/// and a metric settling back after an incident is not a second incident.
/// </param>
public sealed record DailyScoring(AnomalyOptions Options, bool EventAdjusted, double MinExcess, bool WorseOnly = false)
{
    private static readonly AnomalyOptions Daily = AnomalyOptions.Default with { Season = 7 };

    public static DailyScoring Packages { get; } = new(Daily with { ShiftThreshold = 24 }, EventAdjusted: true, MinExcess: 0);

    /// <summary>Missort rates carry the volume's peak (busier days sort worse) but too weakly to need the events divided out.</summary>
    public static DailyScoring MissortRate { get; } = new(Daily with { ShiftThreshold = 16 }, EventAdjusted: false, MinExcess: 0, WorseOnly: true);

    /// <summary>
    /// Late departures are small counts (one or two trucks a day at most sites): event ratios of
    /// such counts are noise, and a square-root scale, tried, hid a four-day run of 6-8 against
    /// 1.4 expected, so they are scored as counts with a floor on the excess.
    /// </summary>
    public static DailyScoring LateDepartures { get; } = new(Daily, EventAdjusted: false, MinExcess: 2, WorseOnly: true);

    public static DailyScoring DwellHours { get; } = new(Daily, EventAdjusted: false, MinExcess: 0, WorseOnly: true);

    public static DailyScoring For(DefectSignal signal) => signal switch
    {
        DefectSignal.Packages => Packages,
        DefectSignal.MissortRate => MissortRate,
        DefectSignal.LateDepartures => LateDepartures,
        _ => DwellHours,
    };
}
