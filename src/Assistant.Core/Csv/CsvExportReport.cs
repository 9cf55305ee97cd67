namespace Assistant.Core.Csv;

/// <summary>What an export wrote: every file of the format, even those with no rows, so the folder can be imported as is.</summary>
public sealed record CsvExportReport(string Folder, IReadOnlyList<string> FilesWritten, CsvRowCounts Rows)
{
    public string Summary => $"Exported {Rows} to {Folder} ({string.Join(", ", FilesWritten)}).";
}
