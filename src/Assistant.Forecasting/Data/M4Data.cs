namespace Assistant.Forecasting.Data;

/// <summary>
/// Reads the M4 competition files: <c>&lt;Set&gt;-train.csv</c> and <c>&lt;Set&gt;-test.csv</c>
/// (wide, one row per series, ids like H1) and the official benchmark forecasts in
/// <c>benchmark_forecasts/&lt;Set&gt;-&lt;Method&gt;.csv</c> (same shape, NA beyond the set's horizon).
/// Train and test must list the same series in the same order and every test row must hold exactly
/// the set's horizon, so that a scoring run cannot silently pair the wrong rows.
/// </summary>
public static class M4Data
{
    /// <summary>The official benchmark methods whose forecasts are in the shared folder.</summary>
    public static IReadOnlyList<string> BenchmarkMethods { get; } = ["Naive", "sNaive", "Naive2", "SES"];

    /// <summary>The folder of the M4 files in the shared data folder.</summary>
    public static string Folder => DataFolder.Forecast("m4");

    public static IReadOnlyList<M4Series> ReadSet(M4Set set) => ReadSet(Folder, set);

    public static IReadOnlyList<M4Series> ReadSet(string folder, M4Set set)
    {
        var trainFile = Path.Combine(folder, $"{set.Name}-train.csv");
        var testFile = Path.Combine(folder, $"{set.Name}-test.csv");
        var train = WideCsv.Read(trainFile);
        var test = WideCsv.Read(testFile);
        if (test.Count != train.Count)
        {
            throw new DataFileError(testFile, null, $"{test.Count} series, but {trainFile} has {train.Count}.");
        }

        var series = new M4Series[train.Count];
        for (var i = 0; i < train.Count; i++)
        {
            if (test[i].Id != train[i].Id)
            {
                throw new DataFileError(testFile, test[i].Row, $"series {test[i].Id} is where {trainFile} has {train[i].Id} (row {train[i].Row}).");
            }

            if (test[i].Values.Length != set.Horizon)
            {
                throw new DataFileError(testFile, test[i].Row, $"series {test[i].Id} has {test[i].Values.Length} values; the {set.Name} horizon is {set.Horizon}.");
            }

            series[i] = new M4Series(train[i].Id, train[i].Values, test[i].Values, set.SeasonLength);
        }

        return series;
    }

    /// <summary>An official benchmark's forecasts for the set, by series id, each of the set's horizon.</summary>
    public static IReadOnlyDictionary<string, double[]> ReadBenchmarkForecasts(M4Set set, string method) =>
        ReadBenchmarkForecasts(Folder, set, method);

    public static IReadOnlyDictionary<string, double[]> ReadBenchmarkForecasts(string folder, M4Set set, string method)
    {
        var file = Path.Combine(folder, "benchmark_forecasts", $"{set.Name}-{method}.csv");
        var forecasts = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var row in WideCsv.Read(file))
        {
            if (row.Values.Length != set.Horizon)
            {
                throw new DataFileError(file, row.Row, $"series {row.Id} has {row.Values.Length} forecasts; the {set.Name} horizon is {set.Horizon}.");
            }

            forecasts[row.Id] = row.Values;
        }

        return forecasts;
    }
}
