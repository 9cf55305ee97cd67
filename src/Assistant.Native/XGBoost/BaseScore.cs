namespace Assistant.Native.XGBoost;

/// <summary>
/// The starting prediction when the caller gives none: the weighted mean of the labels for
/// squared error (its minimizer), the weighted median for the absolute and pseudo-Huber losses
/// (the absolute loss's minimizer, and a start that outliers do not drag).
/// </summary>
internal static class BaseScore
{
    public static float For(BoostedTreesObjective objective, float[] labels, float[]? weights) =>
        objective == BoostedTreesObjective.SquaredError ? WeightedMean(labels, weights) : WeightedMedian(labels, weights);

    private static float WeightedMean(float[] labels, float[]? weights)
    {
        var sum = 0.0;
        var total = 0.0;
        for (int i = 0; i < labels.Length; i++)
        {
            var weight = weights?[i] ?? 1.0;
            sum += weight * labels[i];
            total += weight;
        }

        return (float)(sum / total);
    }

    private static float WeightedMedian(float[] labels, float[]? weights)
    {
        int[] order = Enumerable.Range(0, labels.Length).ToArray();
        Array.Sort(order, (a, b) => labels[a].CompareTo(labels[b]));
        var total = weights?.Sum(w => (double)w) ?? labels.Length;
        var running = 0.0;
        foreach (int i in order)
        {
            running += weights?[i] ?? 1.0;
            if (running >= total / 2)
            {
                return labels[i];
            }
        }

        return labels[order[^1]];
    }
}
