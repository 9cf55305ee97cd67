namespace Assistant.Core.Csv;

/// <summary>One row of a long series file: its line number and its three cells as written.</summary>
public sealed record LongCsvRow(int Line, string Id, string Timestamp, string Value);
