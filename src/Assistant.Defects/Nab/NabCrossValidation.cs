namespace Assistant.Defects.Nab;

/// <summary>
/// NAB tunes the threshold on the very files it scores, which flatters every detector. Leaving
/// one category out at a time (tune on the other six, score the seventh) and summing the held-out
/// raw scores gives an honest figure, normalised against the same null and perfect detectors.
/// </summary>
public static class NabCrossValidation
{
    public static NabCrossValidationResult LeaveOneCategoryOut(NabScorer scorer, IReadOnlyList<NabDetection> detections)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        ArgumentNullException.ThrowIfNull(detections);
        var categories = detections.Select(d => d.Series.Category).Distinct().Order(StringComparer.Ordinal).ToList();
        if (categories.Count < 2)
        {
            throw new ArgumentException("leave-one-category-out needs at least two categories.", nameof(detections));
        }

        var folds = new List<NabFold>(categories.Count);
        foreach (var category in categories)
        {
            var tuning = detections.Where(d => d.Series.Category != category).ToList();
            var heldOut = detections.Where(d => d.Series.Category == category).ToList();
            var threshold = scorer.OptimiseThreshold(tuning).Threshold;
            folds.Add(new NabFold(category, threshold, scorer.ScoreCorpus(heldOut, threshold), heldOut.Sum(d => d.Series.Windows.Count)));
        }

        var raw = folds.Sum(f => f.RawScore);
        var windows = folds.Sum(f => f.WindowCount);
        return new NabCrossValidationResult(scorer.Profile, folds, raw, scorer.Normalise(raw, windows));
    }
}
