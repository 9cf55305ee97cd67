namespace Assistant.Core.Csv;

/// <summary>One record of a CSV file. Number counts records from 1 (the header), blank lines included, as a spreadsheet shows them.</summary>
internal sealed record CsvRow(int Number, IReadOnlyList<string> Fields);
