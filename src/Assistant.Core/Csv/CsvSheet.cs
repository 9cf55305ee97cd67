namespace Assistant.Core.Csv;

/// <summary>
/// A parsed file whose header has been checked against its layout. Columns are found by name,
/// in any order and any case, so a file saved from a spreadsheet with columns moved still loads;
/// unknown columns are refused because a misspelt optional column would otherwise be dropped
/// without a word.
/// </summary>
internal sealed class CsvSheet
{
    private readonly CsvLayout _layout;
    private readonly IReadOnlyList<CsvRow> _rows;
    private readonly Dictionary<string, int> _columns;
    private readonly IReadOnlyList<string> _header;
    private readonly CsvProblems _problems;

    private CsvSheet(CsvLayout layout, IReadOnlyList<CsvRow> rows, IReadOnlyList<string> header, Dictionary<string, int> columns, CsvProblems problems)
    {
        _layout = layout;
        _rows = rows;
        _header = header;
        _columns = columns;
        _problems = problems;
    }

    public string FileName => _layout.FileName;

    /// <summary>The checked sheet, or null (with the problems recorded) when the text or the header cannot be used.</summary>
    public static CsvSheet? Open(CsvLayout layout, string text, CsvProblems problems)
    {
        var file = layout.FileName;
        var rows = CsvParser.Parse(file, text, problems);
        if (rows is null)
        {
            return null;
        }

        if (rows.Count == 0)
        {
            problems.Add(file, null, null, $"the file is empty; it needs a header row naming its columns: {string.Join(",", layout.Columns)}.");
            return null;
        }

        var headerRow = rows[0];
        var before = problems.Count;
        var header = headerRow.Fields.Select(f => f.Trim()).ToList();
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i];
            if (name.Length == 0)
            {
                problems.Add(file, headerRow.Number, null, $"header column {i + 1} has no name.");
            }
            else if (!layout.Columns.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add(file, headerRow.Number, name,
                    $"\"{name}\" is not a column of {file}; its columns are {string.Join(", ", layout.Columns)}.");
            }
            else if (!columns.TryAdd(name, i))
            {
                problems.Add(file, headerRow.Number, name, "the header names this column twice.");
            }
        }

        var missing = layout.Required.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            problems.Add(file, headerRow.Number, string.Join(", ", missing),
                $"the header lacks required column{(missing.Count == 1 ? "" : "s")} {string.Join(", ", missing)} (found: {string.Join(",", header)}).");
        }

        return problems.Count > before ? null : new CsvSheet(layout, rows.Skip(1).ToList(), header, columns, problems);
    }

    /// <summary>The data rows with as many values as the header has columns; the others are reported and skipped.</summary>
    public IEnumerable<CsvRecord> Records()
    {
        foreach (var row in _rows)
        {
            if (row.Fields.Count < _header.Count)
            {
                _problems.Add(FileName, row.Number, _header[row.Fields.Count],
                    $"the row ends before this column: it has {row.Fields.Count} values but the header names {_header.Count} columns.");
                continue;
            }

            if (row.Fields.Count > _header.Count)
            {
                _problems.Add(FileName, row.Number, null,
                    $"the row has {row.Fields.Count} values but the header names {_header.Count} columns; a value that contains a comma must be in double quotes.");
                continue;
            }

            yield return new CsvRecord(FileName, row.Number, _columns, row.Fields, _problems);
        }
    }
}
