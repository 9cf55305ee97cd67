namespace Assistant.Bench;

/// <summary>A published result on one M4 set, as printed beneath our measurements; null where the source gives none.</summary>
public sealed record M4PublishedResult(string Set, string Method, double? Smape, double? Mase, double? Msis, string Note = "");

/// <summary>
/// Published results on exactly the M4 Hourly and Weekly sets: the rows of the data README
/// (shared/data/README.md) and, for the official benchmarks' SES and Naive rows and the interval
/// scores (MSIS), the organisers' tables in shared/data/forecast/m4/reference/.
/// </summary>
public static class M4PublishedResults
{
    public static IReadOnlyList<M4PublishedResult> All { get; } =
    [
        new("Hourly", "Naive2 (official benchmark)", 18.383, 2.395, null),
        new("Hourly", "Naive (official benchmark)", 43.003, 11.608, 71.245),
        new("Hourly", "sNaive (official benchmark)", 13.912, 1.193, null),
        new("Hourly", "SES (official benchmark)", 18.094, 2.385, null),
        new("Hourly", "Theta (official benchmark)", 18.138, 2.455, null),
        new("Hourly", "ETS (M4 interval benchmark)", null, null, 17.487),
        new("Hourly", "ARIMA (M4 interval benchmark)", null, null, 7.538),
        new("Hourly", "statsforecast AutoETS", null, 1.61, null, "18.8 s on all cores of an unnamed machine"),
        new("Hourly", "statsforecast AutoARIMA", null, 0.92, null),
        new("Hourly", "M4 winner (ES-RNN, Smyl)", 9.328, 0.893, 7.928),
        new("Hourly", "best M4 entry on the set (Doornik)", 8.913, 0.801, null),
        new("Hourly", "Chronos t5-large (saw M4 in pre-training)", null, 0.698, null),

        new("Weekly", "Naive2 (official benchmark)", 9.161, 2.777, null),
        new("Weekly", "Naive (official benchmark)", 9.161, 2.777, 26.358),
        new("Weekly", "sNaive (official benchmark)", 9.161, 2.777, null),
        new("Weekly", "SES (official benchmark)", 9.012, 2.685, null),
        new("Weekly", "Theta (official benchmark)", 9.093, 2.637, null),
        new("Weekly", "ETS (M4 interval benchmark)", null, null, 20.386),
        new("Weekly", "ARIMA (M4 interval benchmark)", null, null, 19.575),
        new("Weekly", "statsforecast AutoETS", null, 2.55, null, "1.8 s on all cores of an unnamed machine"),
        new("Weekly", "statsforecast AutoARIMA", null, 2.34, null),
        new("Weekly", "M4 winner (ES-RNN, Smyl)", 7.817, 2.356, 22.034),
        new("Weekly", "best M4 entry on the set (Forecast Pro)", 6.582, 2.107, null),
        new("Weekly", "Chronos t5-large (saw M4 in pre-training)", null, 2.019, null),
    ];

    public static IEnumerable<M4PublishedResult> For(string set) => All.Where(r => r.Set == set);
}
