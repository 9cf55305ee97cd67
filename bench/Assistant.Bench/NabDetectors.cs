using Assistant.Defects;
using Assistant.Defects.Anomalies;
using Assistant.Defects.Nab;

namespace Assistant.Bench;

/// <summary>
/// The detectors the <c>nab</c> benchmark can run, by name. A detector turns a series' readings
/// into one score in [0,1] per row; the published per-row outputs of NAB's numenta and
/// windowedGaussian runs are included as detectors too, to show the harness reproduces their
/// published scores.
/// </summary>
public static class NabDetectors
{
    public static IReadOnlyList<string> Names { get; } = ["null", "gaussian", "ours", "published-numenta", "published-windowedGaussian"];

    /// <summary>The detector over readings, or null with the reason it cannot run.</summary>
    public static Func<NabSeries, IReadOnlyList<double>>? Find(string name, string nabFolder, out string? problem)
    {
        problem = null;
        switch (name)
        {
            case "null":
                return FromPoints(NullDetector.Score);
            case "gaussian":
                return FromPoints(new WindowedGaussianDetector().Score);
            case "ours":
                return FromPoints(points => new StreamDetector().Score(points));
            case "published-numenta":
                return series => NabPerRowResult.Read(nabFolder, "numenta", series).AnomalyScores;
            case "published-windowedGaussian":
                return series => NabPerRowResult.Read(nabFolder, "windowedGaussian", series).AnomalyScores;
            default:
                problem = $"Unknown detector '{name}'. Detectors: {string.Join(", ", Names)}.";
                return null;
        }
    }

    private static Func<NabSeries, IReadOnlyList<double>> FromPoints(Func<IReadOnlyList<MetricPoint>, IReadOnlyList<double>> detector) =>
        series => detector(series.Points);
}
