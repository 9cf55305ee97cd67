namespace Assistant.Forecasting.Data;

/// <summary>One row of a wide series file: the series id, its values in order, and the row it came from.</summary>
public sealed record WideRow(string Id, double[] Values, int Row);

/// <summary>
/// The M4 layout: a header, then one row per series with its id in the first cell and its values
/// after it. Rows are ragged: a short series is padded with empty cells (or NA in the benchmark
/// forecast files) up to the longest one. A value after padding, a cell that is not a number, a
/// repeated id or a row with no values is an error naming the file and row, never skipped.
/// </summary>
public static class WideCsv
{
    public static IReadOnlyList<WideRow> Read(string file)
    {
        var rows = new List<WideRow>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var headerSeen = false;
        foreach (var (row, cells) in CsvCells.Read(file))
        {
            if (!headerSeen)
            {
                headerSeen = true;
                continue;
            }

            var id = cells[0];
            if (id.Length == 0)
            {
                throw new DataFileError(file, row, "the first cell (the series id) is empty.");
            }

            if (!seen.Add(id))
            {
                throw new DataFileError(file, row, $"series {id} appears a second time.");
            }

            var count = 0;
            while (count + 1 < cells.Length && !CsvCells.IsMissing(cells[count + 1]))
            {
                count++;
            }

            for (var c = count + 1; c < cells.Length; c++)
            {
                if (!CsvCells.IsMissing(cells[c]))
                {
                    throw new DataFileError(file, row,
                        $"series {id} has a value ('{cells[c]}' in column {c + 1}) after an empty cell; only trailing cells may be empty.");
                }
            }

            if (count == 0)
            {
                throw new DataFileError(file, row, $"series {id} has no values.");
            }

            var values = new double[count];
            for (var v = 0; v < count; v++)
            {
                values[v] = CsvCells.Number(cells[v + 1], file, row, $"series {id}, column {v + 2}");
            }

            rows.Add(new WideRow(id, values, row));
        }

        return headerSeen
            ? rows
            : throw new DataFileError(file, null, "the file is empty; a header row and one row per series are expected.");
    }
}
