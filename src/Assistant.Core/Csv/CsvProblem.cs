namespace Assistant.Core.Csv;

/// <summary>
/// One thing wrong with an imported file, located the way a person finds it in a spreadsheet:
/// rows are numbered with the header as row 1, so the first data row is row 2.
/// </summary>
internal sealed record CsvProblem(string File, int? Row, string? Column, string Message)
{
    public override string ToString() => (Row, Column) switch
    {
        ({ } row, { } column) => $"{File} row {row}, column {column}: {Message}",
        ({ } row, null) => $"{File} row {row}: {Message}",
        (null, { } column) => $"{File}, column {column}: {Message}",
        _ => $"{File}: {Message}",
    };
}
