namespace Assistant.Core.Csv;

/// <summary>A file of the folder format: its name and its columns, required first, in the order export writes them.</summary>
internal sealed record CsvLayout(string FileName, IReadOnlyList<string> Required, IReadOnlyList<string> Optional)
{
    public IReadOnlyList<string> Columns { get; } = [.. Required, .. Optional];
}
