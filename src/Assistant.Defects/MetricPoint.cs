namespace Assistant.Defects;

/// <summary>One reading of a metric series (volume, missort rate, late departures...).</summary>
public sealed record MetricPoint(DateTime Timestamp, double Value);
