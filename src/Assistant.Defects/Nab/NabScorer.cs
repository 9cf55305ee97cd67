namespace Assistant.Defects.Nab;

/// <summary>
/// NAB's scoring under one profile (shared/data/README.md, "NAB scoring"): rows in probation are
/// ignored; per window only the earliest detection counts, rewarded by how early it is; a missed
/// window costs fnWeight; a detection outside the windows costs fpWeight, less if it falls just
/// after a window. The threshold is one per detector and profile, chosen over the whole corpus.
/// </summary>
public sealed class NabScorer
{
    // Two corpus totals closer than this are the same score; keeps the sweep from preferring a
    // lower threshold because of rounding in the running sum.
    private const double Tie = 1e-9;

    public NabScorer(NabProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        Profile = profile;
    }

    public NabProfile Profile { get; }

    /// <summary>One series at a threshold, with the per-row contributions.</summary>
    public NabFileScore ScoreFile(NabDetection detection, double threshold)
    {
        var layout = Layout(detection);
        var rowScores = new double[detection.Scores.Count];
        var windows = detection.Series.Windows;
        var earliest = new double?[windows.Count];
        var falsePositives = 0;
        for (var i = layout.Probation; i < rowScores.Length; i++)
        {
            if (!(detection.Scores[i] >= threshold))
            {
                continue;
            }

            var window = layout.WindowOf[i];
            if (window == NabRowLayout.Outside)
            {
                rowScores[i] = layout.Unweighted[i] * Profile.FalsePositiveWeight;
                falsePositives++;
            }
            else
            {
                // Rows are visited in order, so the first detection seen in a window is its earliest.
                earliest[window] ??= layout.Unweighted[i] * Profile.TruePositiveWeight;
            }
        }

        for (var w = 0; w < windows.Count; w++)
        {
            rowScores[windows[w].FirstRow] += earliest[w] ?? -Profile.FalseNegativeWeight;
        }

        var detected = earliest.Count(e => e.HasValue);
        return new NabFileScore(detection.Series.Key, threshold, rowScores.Sum(), detected, windows.Count - detected, falsePositives, rowScores);
    }

    /// <summary>The raw score of a set of series at one threshold.</summary>
    public double ScoreCorpus(IReadOnlyList<NabDetection> detections, double threshold)
    {
        ArgumentNullException.ThrowIfNull(detections);
        return detections.Sum(d => ScoreFile(d, threshold).RawScore);
    }

    /// <summary>
    /// The threshold with the highest raw score over the given series, searched exactly: the raw
    /// score only changes at the detector's distinct score values, so every one of them is tried
    /// (in one sweep from high to low) as well as never firing. Ties go to the higher threshold.
    /// </summary>
    public NabThreshold OptimiseThreshold(IReadOnlyList<NabDetection> detections)
    {
        ArgumentNullException.ThrowIfNull(detections);
        var scores = new List<double>();
        var windows = new List<int>();
        var values = new List<double>();
        var windowCount = 0;
        foreach (var detection in detections)
        {
            var layout = Layout(detection);
            for (var i = layout.Probation; i < detection.Scores.Count; i++)
            {
                var score = detection.Scores[i];
                if (double.IsNaN(score))
                {
                    continue; // never ≥ a threshold, so never a detection
                }

                var window = layout.WindowOf[i];
                scores.Add(-score); // ascending sort of the negation = descending scores
                windows.Add(window == NabRowLayout.Outside ? NabRowLayout.Outside : windowCount + window);
                values.Add(layout.Unweighted[i] * (window == NabRowLayout.Outside ? Profile.FalsePositiveWeight : Profile.TruePositiveWeight));
            }

            windowCount += detection.Series.Windows.Count;
        }

        var keys = scores.ToArray();
        var order = Enumerable.Range(0, keys.Length).ToArray();
        Array.Sort(keys, order);

        var best = new double?[windowCount];
        var total = NullRawScore(windowCount);
        var choice = new NabThreshold(double.PositiveInfinity, total);
        for (var k = 0; k < keys.Length;)
        {
            var level = keys[k];
            for (; k < keys.Length && keys[k] == level; k++)
            {
                var row = order[k];
                var window = windows[row];
                if (window == NabRowLayout.Outside)
                {
                    total += values[row];
                }
                else if (best[window] is not { } current)
                {
                    total += values[row] + Profile.FalseNegativeWeight;
                    best[window] = values[row];
                }
                else if (values[row] > current)
                {
                    // An earlier row of the window now fires; only the earliest counts.
                    total += values[row] - current;
                    best[window] = values[row];
                }
            }

            if (total > choice.RawScore + Tie)
            {
                choice = new NabThreshold(-level, total);
            }
        }

        // Report the score of a clean pass at the chosen threshold, free of the running sum's rounding.
        return choice with { RawScore = ScoreCorpus(detections, choice.Threshold) };
    }

    /// <summary>Optimises the threshold over the given series and normalises the raw score.</summary>
    public NabResult Evaluate(IReadOnlyList<NabDetection> detections)
    {
        var choice = OptimiseThreshold(detections);
        return Result(choice.Threshold, choice.RawScore, detections.Sum(d => d.Series.Windows.Count));
    }

    /// <summary>Scores at a given threshold (e.g. a published one) and normalises.</summary>
    public NabResult EvaluateAt(IReadOnlyList<NabDetection> detections, double threshold)
    {
        ArgumentNullException.ThrowIfNull(detections);
        return Result(threshold, ScoreCorpus(detections, threshold), detections.Sum(d => d.Series.Windows.Count));
    }

    /// <summary>The raw score of the detector that never fires: every window missed.</summary>
    public double NullRawScore(int windowCount) => -Profile.FalseNegativeWeight * windowCount;

    /// <summary>The raw score of a detector that fires at every window's left edge and nowhere else.</summary>
    public double PerfectRawScore(int windowCount) => Profile.TruePositiveWeight * windowCount;

    /// <summary>100·(raw − null)/(perfect − null): 0 for never firing, 100 for perfect.</summary>
    public double Normalise(double rawScore, int windowCount)
    {
        var nullScore = NullRawScore(windowCount);
        return 100.0 * (rawScore - nullScore) / (PerfectRawScore(windowCount) - nullScore);
    }

    private NabResult Result(double threshold, double raw, int windowCount) =>
        new(Profile, threshold, raw, windowCount, Normalise(raw, windowCount));

    private static NabRowLayout Layout(NabDetection detection)
    {
        ArgumentNullException.ThrowIfNull(detection);
        if (detection.Scores.Count != detection.Series.Points.Count)
        {
            throw new ArgumentException(
                $"{detection.Series.Key}: {detection.Scores.Count} scores for {detection.Series.Points.Count} rows.", nameof(detection));
        }

        return NabRowLayout.Of(detection.Series);
    }
}
