using System.Globalization;

namespace Assistant.Forecasting.Data;

/// <summary>
/// Reads <c>forecast/au_tourism_hierarchical/tourism_quarterly.csv</c>: a long table with a
/// header naming Quarter ("1998 Q1"), Region, State, Purpose and Trips, one row per series and
/// quarter. Columns are found by name. Every series must cover the same unbroken run of
/// quarters once each, because reconciliation adds series period by period; anything else is a
/// <see cref="DataFileError"/> naming the file and, where there is one, the row.
/// </summary>
public static class AustralianTourismData
{
    public static string File => Path.Combine(DataFolder.Forecast("au_tourism_hierarchical"), "tourism_quarterly.csv");

    public static AustralianTourism Read() => Read(File);

    public static AustralianTourism Read(string file)
    {
        using var rows = CsvCells.Read(file).GetEnumerator();
        if (!rows.MoveNext())
        {
            throw new DataFileError(file, null, "the file is empty; expected a header Quarter,Region,State,Purpose,Trips.");
        }

        var (headerRow, header) = rows.Current;
        int Column(string name)
        {
            var index = Array.FindIndex(header, h => h.Equals(name, StringComparison.OrdinalIgnoreCase));
            return index >= 0 ? index : throw new DataFileError(file, headerRow, $"the header has no column '{name}' (it has {string.Join(", ", header)}).");
        }

        var (quarterColumn, regionColumn, stateColumn, purposeColumn, tripsColumn) =
            (Column("Quarter"), Column("Region"), Column("State"), Column("Purpose"), Column("Trips"));

        var series = new Dictionary<string, (string State, string Region, string Purpose, Dictionary<int, double> Values)>(StringComparer.Ordinal);
        var order = new List<string>();
        while (rows.MoveNext())
        {
            var (row, cells) = rows.Current;
            if (cells.Length != header.Length)
            {
                throw new DataFileError(file, row, $"{cells.Length} cells where the header has {header.Length}.");
            }

            var quarter = ParseQuarter(cells[quarterColumn], file, row);
            string Name(int column, string what) =>
                cells[column].Length > 0 ? cells[column] : throw new DataFileError(file, row, $"the {what} is empty.");

            var (state, region, purpose) = (Name(stateColumn, "state"), Name(regionColumn, "region"), Name(purposeColumn, "purpose"));
            var trips = CsvCells.Number(cells[tripsColumn], file, row, "Trips");
            if (trips < 0)
            {
                throw new DataFileError(file, row, $"Trips is {trips}; a count of trips cannot be negative.");
            }

            var key = $"{state}/{region}/{purpose}";
            if (!series.TryGetValue(key, out var entry))
            {
                series[key] = entry = (state, region, purpose, []);
                order.Add(key);
            }

            if (!entry.Values.TryAdd(quarter, trips))
            {
                throw new DataFileError(file, row, $"{cells[quarterColumn]} of {region}, {state}, {purpose} is given a second time.");
            }
        }

        if (order.Count == 0)
        {
            throw new DataFileError(file, null, "there are no data rows.");
        }

        var first = series.Values.Min(s => s.Values.Keys.Min());
        var last = series.Values.Max(s => s.Values.Keys.Max());
        var result = new List<AustralianTourismSeries>(order.Count);
        foreach (var key in order)
        {
            var (state, region, purpose, values) = series[key];
            var trips = new double[last - first + 1];
            for (var q = first; q <= last; q++)
            {
                trips[q - first] = values.TryGetValue(q, out var v)
                    ? v
                    : throw new DataFileError(file, null, $"{region}, {state}, {purpose} has no row for {Format(q)}; every series must cover {Format(first)} to {Format(last)}.");
            }

            result.Add(new AustralianTourismSeries(state, region, purpose, trips));
        }

        return new AustralianTourism(result, first / 4, first % 4 + 1);
    }

    /// <summary>"1998 Q1" as a running quarter number, year·4 + quarter − 1.</summary>
    private static int ParseQuarter(string cell, string file, int row)
    {
        var parts = cell.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && parts[1].Length == 2 && parts[1][0] is 'Q' or 'q' && parts[1][1] is >= '1' and <= '4')
        {
            return year * 4 + (parts[1][1] - '1');
        }

        throw new DataFileError(file, row, $"Quarter is '{cell}'; expected a year and quarter such as '1998 Q1'.");
    }

    private static string Format(int quarter) => string.Create(CultureInfo.InvariantCulture, $"{quarter / 4} Q{quarter % 4 + 1}");
}
