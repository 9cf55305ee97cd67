namespace Assistant.Defects.Csv;

/// <summary>
/// One series of a metric file: its id, its readings in time order (a missing reading is NaN),
/// and each reading's timestamp as the file wrote it, so output rows can repeat it unchanged.
/// </summary>
public sealed record MetricSeries(string Id, IReadOnlyList<MetricPoint> Points, IReadOnlyList<string> TimestampTexts);
