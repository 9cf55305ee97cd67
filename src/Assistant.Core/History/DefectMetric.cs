namespace Assistant.Core.History;

/// <summary>The daily defect metrics kept per site.</summary>
public enum DefectMetric
{
    MissortRate,
    LateDepartures,
    DwellHours,
}

public static class DefectMetrics
{
    public static string Code(this DefectMetric metric) => metric switch
    {
        DefectMetric.MissortRate => "missort_rate",
        DefectMetric.LateDepartures => "late_departures",
        DefectMetric.DwellHours => "dwell_hours",
        _ => throw new ArgumentOutOfRangeException(nameof(metric)),
    };

    public static string Unit(this DefectMetric metric) => metric switch
    {
        DefectMetric.MissortRate => "% of packages",
        DefectMetric.LateDepartures => "trucks",
        DefectMetric.DwellHours => "hours",
        _ => throw new ArgumentOutOfRangeException(nameof(metric)),
    };

    public static string Describe(this DefectMetric metric) => metric switch
    {
        DefectMetric.MissortRate => "missort rate",
        DefectMetric.LateDepartures => "late departures",
        DefectMetric.DwellHours => "dwell time",
        _ => throw new ArgumentOutOfRangeException(nameof(metric)),
    };

    public static DefectMetric Parse(string? text) => text?.Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_') switch
    {
        "missort_rate" or "missorts" or "missort" => DefectMetric.MissortRate,
        "late_departures" or "late_departure" or "late" => DefectMetric.LateDepartures,
        "dwell_hours" or "dwell" or "dwell_time" => DefectMetric.DwellHours,
        _ => throw new InputError($"Unknown metric '{text}'. Metrics are missort_rate, late_departures and dwell_hours."),
    };
}
