namespace Assistant.Defects.Csv;

/// <summary>What a long metric file held: its series in order of first appearance, its data rows, and the columns it ignored.</summary>
public sealed record MetricFile(IReadOnlyList<MetricSeries> Series, int Rows, IReadOnlyList<string> IgnoredColumns);
