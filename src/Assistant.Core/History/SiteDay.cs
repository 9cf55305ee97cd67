namespace Assistant.Core.History;

/// <summary>
/// One site on one day: packages handled and its defect metrics. Missort rate (percent of packages
/// sent to the wrong destination) and dwell (average hours a package waits in the building) are
/// sort-center metrics and are null elsewhere; late departures count outbound trucks that left
/// after their critical pull time.
/// </summary>
public sealed record SiteDay(
    string SiteCode,
    DateOnly Date,
    long Packages,
    double? MissortRatePct,
    int? LateDepartures,
    double? DwellHours);
