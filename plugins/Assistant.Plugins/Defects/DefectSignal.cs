using Assistant.Core;
using Assistant.Core.History;

namespace Assistant.Plugins.Defects;

/// <summary>
/// A daily series defects are looked for in: a site's packages or one of its defect metrics
/// (missort rate, late departures, dwell). Missort rate and dwell exist only at sort centers.
/// </summary>
public enum DefectSignal
{
    Packages,
    MissortRate,
    LateDepartures,
    DwellHours,
}

public static class DefectSignals
{
    public static readonly IReadOnlyList<DefectSignal> All = [DefectSignal.Packages, DefectSignal.MissortRate, DefectSignal.LateDepartures, DefectSignal.DwellHours];

    public const string Codes = "packages, missort_rate, late_departures or dwell_hours";

    public static string Code(this DefectSignal signal) => signal == DefectSignal.Packages ? "packages" : signal.Metric().Code();

    public static string Describe(this DefectSignal signal) => signal == DefectSignal.Packages ? "volume" : signal.Metric().Describe();

    public static string Unit(this DefectSignal signal) => signal == DefectSignal.Packages ? "packages" : signal.Metric().Unit();

    /// <summary>Digits worth showing: rates to 3, hours to 2, counts whole.</summary>
    public static int Digits(this DefectSignal signal) => signal switch
    {
        DefectSignal.MissortRate => 3,
        DefectSignal.DwellHours => 2,
        _ => 0,
    };

    public static DefectSignal Parse(string? text)
    {
        var code = text?.Trim().ToLowerInvariant();
        if (code is "packages" or "volume" or "package" or "volumes")
        {
            return DefectSignal.Packages;
        }

        try
        {
            return DefectMetrics.Parse(text) switch
            {
                DefectMetric.MissortRate => DefectSignal.MissortRate,
                DefectMetric.LateDepartures => DefectSignal.LateDepartures,
                _ => DefectSignal.DwellHours,
            };
        }
        catch (InputError)
        {
            throw new InputError($"Unknown metric '{text}'. Metrics are {Codes}.");
        }
    }

    public static double? Read(this DefectSignal signal, SiteDay day) => signal switch
    {
        DefectSignal.Packages => day.Packages,
        DefectSignal.MissortRate => day.MissortRatePct,
        DefectSignal.LateDepartures => day.LateDepartures,
        _ => day.DwellHours,
    };

    private static DefectMetric Metric(this DefectSignal signal) => signal switch
    {
        DefectSignal.MissortRate => DefectMetric.MissortRate,
        DefectSignal.LateDepartures => DefectMetric.LateDepartures,
        DefectSignal.DwellHours => DefectMetric.DwellHours,
        _ => throw new ArgumentOutOfRangeException(nameof(signal)),
    };
}
