namespace Assistant.Bench;

/// <summary>
/// The published NAB v1.1 scoreboard (standard / reward low FP / reward low FN), as listed in
/// shared/data/README.md from NAB's results/final_results.json.
/// </summary>
public static class NabPublishedResults
{
    public static IReadOnlyList<(string Detector, double Standard, double LowFalsePositives, double LowFalseNegatives)> Leaderboard { get; } =
    [
        ("ARTime", 74.9, 65.1, 80.4),
        ("Numenta HTM", 70.5, 62.6, 75.2),
        ("CAD OSE", 69.9, 67.0, 73.2),
        ("earthgecko Skyline", 58.2, 46.2, 63.9),
        ("KNN CAD", 58.0, 43.4, 64.8),
        ("Relative Entropy", 54.6, 47.6, 58.8),
        ("Twitter ADVec", 47.1, 33.6, 53.5),
        ("windowed Gaussian", 39.6, 20.9, 47.4),
        ("Etsy Skyline", 35.7, 27.1, 44.5),
        ("Bayesian changepoint", 17.7, 3.2, 32.2),
        ("random", 11.0, 1.2, 19.5),
        ("null", 0.0, 0.0, 0.0),
    ];
}
