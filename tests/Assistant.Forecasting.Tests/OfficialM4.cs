using Assistant.Forecasting.Data;
using Assistant.Forecasting.Metrics;

namespace Assistant.Forecasting.Tests;

/// <summary>
/// The M4 Hourly and Weekly sets and the official benchmark forecasts, read once from the shared
/// data folder (next to the repository, as in CI) and shared by the tests that need them.
/// </summary>
internal static class OfficialM4
{
    private static readonly Lazy<Dictionary<string, IReadOnlyList<M4Series>>> Sets = new(() =>
        M4Set.All.ToDictionary(s => s.Name, M4Data.ReadSet));

    private static readonly Dictionary<(string, string), IReadOnlyDictionary<string, double[]>> Forecasts = [];

    public static IReadOnlyList<M4Series> Series(M4Set set) => Sets.Value[set.Name];

    public static IReadOnlyDictionary<string, double[]> BenchmarkForecasts(M4Set set, string method)
    {
        lock (Forecasts)
        {
            if (!Forecasts.TryGetValue((set.Name, method), out var forecasts))
            {
                forecasts = M4Data.ReadBenchmarkForecasts(set, method);
                Forecasts[(set.Name, method)] = forecasts;
            }

            return forecasts;
        }
    }

    /// <summary>The official forecasts of a benchmark scored with our metric code.</summary>
    public static SetAccuracy Score(M4Set set, string method)
    {
        var series = Series(set);
        var forecasts = BenchmarkForecasts(set, method);
        return SetAccuracy.Of([.. series.Select(s => s.Test)], [.. series.Select(s => forecasts[s.Id])], [.. series.Select(s => s.Train)], set.SeasonLength);
    }
}
