namespace Assistant.Forecasting.Data;

/// <summary>
/// A benchmark data file that is missing or not in the layout its reader expects. The message
/// names the file and, when the problem is in one place, the row as a text editor numbers it
/// (the header is row 1), so the file can be fixed or re-downloaded without guessing.
/// </summary>
public sealed class DataFileError : Exception
{
    public DataFileError(string file, int? row, string problem)
        : base(row is { } r ? $"{file}, row {r}: {problem}" : $"{file}: {problem}")
    {
        File = file;
        Row = row;
    }

    public string File { get; }

    /// <summary>1-based line number of the problem, or null when it concerns the whole file.</summary>
    public int? Row { get; }
}
