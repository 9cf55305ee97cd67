namespace Assistant.Cli.Forecasting;

/// <summary>What a long forecast file held: its series in order of first appearance, its row count, and the extra columns it ignored.</summary>
public sealed record LongCsvInput(IReadOnlyList<SeriesRows> Series, int Rows, IReadOnlyList<string> IgnoredColumns);
