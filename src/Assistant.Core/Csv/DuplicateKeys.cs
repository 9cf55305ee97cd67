namespace Assistant.Core.Csv;

/// <summary>
/// The keys seen so far in one file. A key given twice is refused rather than last-one-wins,
/// since which of two conflicting rows the user meant is theirs to say.
/// </summary>
internal sealed class DuplicateKeys
{
    private readonly Dictionary<string, int> _firstRow = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Records the key for the row; reports and returns false when an earlier row has it.</summary>
    public bool Claim(CsvRecord record, string column, string key, string description)
    {
        if (_firstRow.TryAdd(key, record.Row))
        {
            return true;
        }

        record.Problem(column, $"{description} appears twice in {record.File}; it was first given on row {_firstRow[key]}.");
        return false;
    }
}
