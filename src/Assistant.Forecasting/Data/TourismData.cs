namespace Assistant.Forecasting.Data;

/// <summary>
/// Reads the tourism competition files <c>&lt;set&gt;_in.csv</c> (history) and
/// <c>&lt;set&gt;_oos.csv</c> (held out). Unlike M4 these have a column per series: a header of
/// ids, then row 1 = number of values n (h in the out-of-sample file), row 2 = start year, row 3 =
/// start month or quarter (absent in the yearly files), then the values down the column.
/// Only the first n values of a column are the series: the published yearly_in.csv has stray
/// numbers far below some columns (around line 337), which the competition's own R package also
/// drops. A missing or non-numeric cell among the first n is an error naming file and row.
/// </summary>
public static class TourismData
{
    public static string Folder => DataFolder.Forecast("tourism");

    public static IReadOnlyList<TourismSeries> ReadSet(TourismSet set) => ReadSet(Folder, set);

    public static IReadOnlyList<TourismSeries> ReadSet(string folder, TourismSet set)
    {
        var inFile = Path.Combine(folder, $"{set.Name}_in.csv");
        var oosFile = Path.Combine(folder, $"{set.Name}_oos.csv");
        var history = ReadColumns(inFile, set);
        var heldOut = ReadColumns(oosFile, set);
        if (heldOut.Count != history.Count)
        {
            throw new DataFileError(oosFile, null, $"{heldOut.Count} series, but {inFile} has {history.Count}.");
        }

        var series = new TourismSeries[history.Count];
        for (var i = 0; i < history.Count; i++)
        {
            if (heldOut[i].Id != history[i].Id)
            {
                throw new DataFileError(oosFile, 1, $"column {i + 1} is {heldOut[i].Id} where {inFile} has {history[i].Id}.");
            }

            if (heldOut[i].Values.Length != set.Horizon)
            {
                throw new DataFileError(oosFile, 2, $"series {heldOut[i].Id} holds {heldOut[i].Values.Length} values; the {set.Name} horizon is {set.Horizon}.");
            }

            series[i] = new TourismSeries(history[i].Id, history[i].Values, heldOut[i].Values, history[i].StartYear, history[i].StartPeriod, set.SeasonLength);
        }

        return series;
    }

    private sealed record Column(string Id, double[] Values, int StartYear, int StartPeriod);

    private static List<Column> ReadColumns(string file, TourismSet set)
    {
        var rows = CsvCells.Read(file, skipBlankLines: false).ToList();
        var metaRows = set.HasPeriodRow ? 3 : 2;
        if (rows.Count < metaRows + 2)
        {
            throw new DataFileError(file, null, $"expected a header of series ids, {metaRows} rows of lengths and start dates, then values.");
        }

        var header = rows[0].Cells;
        var columns = new List<Column>(header.Length);
        for (var c = 0; c < header.Length; c++)
        {
            var id = header[c];
            if (id.Length == 0)
            {
                throw new DataFileError(file, rows[0].Row, $"column {c + 1} has no series id.");
            }

            int Meta(int index, string what)
            {
                var (row, cells) = rows[index];
                return c < cells.Length && !CsvCells.IsMissing(cells[c])
                    ? CsvCells.Integer(cells[c], file, row, $"the {what} of series {id}")
                    : throw new DataFileError(file, row, $"the {what} of series {id} (column {c + 1}) is empty.");
            }

            var length = Meta(1, "length");
            var startYear = Meta(2, "start year");
            var startPeriod = set.HasPeriodRow ? Meta(3, "start period") : 1;
            if (length < 1)
            {
                throw new DataFileError(file, rows[1].Row, $"series {id} has length {length}.");
            }

            var values = new double[length];
            for (var v = 0; v < length; v++)
            {
                var at = metaRows + 1 + v;
                if (at >= rows.Count || c >= rows[at].Cells.Length || CsvCells.IsMissing(rows[at].Cells[c]))
                {
                    var row = at < rows.Count ? rows[at].Row : rows[^1].Row + 1;
                    throw new DataFileError(file, row, $"series {id} (column {c + 1}) should have {length} values but value {v + 1} is missing.");
                }

                values[v] = CsvCells.Number(rows[at].Cells[c], file, rows[at].Row, $"value {v + 1} of series {id}");
            }

            columns.Add(new Column(id, values, startYear, startPeriod));
        }

        return columns;
    }
}
