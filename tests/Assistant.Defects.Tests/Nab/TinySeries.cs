using Assistant.Defects.Nab;

namespace Assistant.Defects.Tests.Nab;

/// <summary>Hand-made series for scoring rules: 100 five-minute rows (probation 15) and chosen windows.</summary>
internal static class TinySeries
{
    private static readonly DateTime Start = new(2026, 12, 1, 0, 0, 0);

    public static NabSeries With(params (int First, int Last)[] windows) => With(100, "tiny", windows);

    public static NabSeries With(int rows, string category, params (int First, int Last)[] windows)
    {
        var points = Enumerable.Range(0, rows).Select(i => new MetricPoint(Start.AddMinutes(5 * i), i)).ToList();
        return new NabSeries(category, $"{category}.csv", points,
            [.. windows.Select(w => new NabWindow(points[w.First].Timestamp, points[w.Last].Timestamp, w.First, w.Last))]);
    }

    /// <summary>Scores of 1 at the given rows and 0 elsewhere.</summary>
    public static NabDetection FiringAt(NabSeries series, params int[] rows)
    {
        var scores = new double[series.Points.Count];
        foreach (var row in rows)
        {
            scores[row] = 1.0;
        }

        return new NabDetection(series, scores);
    }
}
