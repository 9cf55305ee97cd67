using Assistant.Forecasting.Models;

namespace Assistant.Forecasting.Batch;

/// <summary>The models a batch can choose among, by the short names a user types (--models ets,snaive).</summary>
public static class BatchModels
{
    public static IReadOnlyList<string> Names { get; } = ["ets", "snaive", "naive", "mstl"];

    public static IReadOnlyList<string> Default { get; } = ["ets", "snaive"];

    /// <summary>The candidate with this name (any case), or null if there is none.</summary>
    public static BatchCandidate? Find(string name) => name.Trim().ToLowerInvariant() switch
    {
        "ets" => new BatchCandidate(new AutoEts(simulatedPaths: 1), new AutoEts()),
        "snaive" => BatchCandidate.Same(new SeasonalNaive()),
        "naive" => BatchCandidate.Same(new Naive()),

        // Opt-in: on M4 hourly it beat AutoETS but not seasonal naive by OWA (bench/README.md), so the default stays.
        "mstl" => BatchCandidate.Same(new MultiSeasonal()),
        _ => null,
    };
}
