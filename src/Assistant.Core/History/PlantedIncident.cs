namespace Assistant.Core.History;

/// <summary>
/// An incident the demo generator planted in the history, kept as ground truth so that defect
/// detection can be checked against it. Kind is one of outage, volume_surge, missort_spike,
/// late_departures, dwell_spike.
/// </summary>
public sealed record PlantedIncident(
    string Kind,
    string SiteCode,
    DateOnly Start,
    DateOnly End,
    string Metric,
    double Magnitude,
    string Description);
