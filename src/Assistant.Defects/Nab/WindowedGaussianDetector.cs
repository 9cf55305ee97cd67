namespace Assistant.Defects.Nab;

/// <summary>
/// A reference detector for the NAB harness: each row is compared with the mean and standard
/// deviation of the <see cref="WindowSize"/> rows before it, and scores 1 − P(|Z| ≥ z), the
/// probability mass closer to the mean than this reading. Deliberately simple; it proves the
/// harness end to end and gives a floor any real detector has to beat.
/// </summary>
public sealed class WindowedGaussianDetector
{
    public WindowedGaussianDetector(int windowSize = 1000, int minimumHistory = 20)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumHistory, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(windowSize, minimumHistory);
        WindowSize = windowSize;
        MinimumHistory = minimumHistory;
    }

    public int WindowSize { get; }

    /// <summary>Rows needed before a score other than 0 is given (a deviation of one reading means nothing).</summary>
    public int MinimumHistory { get; }

    public IReadOnlyList<double> Score(IReadOnlyList<MetricPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var scores = new double[points.Count];
        for (var i = MinimumHistory; i < points.Count; i++)
        {
            // Recomputed per row rather than kept as running sums: readings reach 10⁸ (bytes) and a
            // sliding sum of squares would lose the variance to cancellation.
            var from = Math.Max(0, i - WindowSize);
            var count = i - from;
            var mean = 0.0;
            for (var j = from; j < i; j++)
            {
                mean += points[j].Value;
            }

            mean /= count;
            var squares = 0.0;
            for (var j = from; j < i; j++)
            {
                var d = points[j].Value - mean;
                squares += d * d;
            }

            var deviation = Math.Sqrt(squares / (count - 1));
            var distance = Math.Abs(points[i].Value - mean);
            scores[i] = deviation > 0
                ? 1.0 - NormalTail.TwoSided(distance / deviation)
                : distance > 0 ? 1.0 : 0.0; // a flat history: any change is as surprising as it gets
        }

        return scores;
    }
}
