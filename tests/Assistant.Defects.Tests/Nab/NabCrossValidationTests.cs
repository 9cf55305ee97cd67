using Assistant.Defects.Nab;

namespace Assistant.Defects.Tests.Nab;

public sealed class NabCrossValidationTests
{
    [Fact]
    public void Each_category_is_scored_at_the_threshold_tuned_on_the_others()
    {
        // Category a: the window's detection scores 0.9 and a false alarm 0.5; category b the
        // other way round, so each tunes a threshold that is wrong for the other.
        var a = Detection("a", window: 0.9, falseAlarm: 0.5);
        var b = Detection("b", window: 0.5, falseAlarm: 0.9);
        var scorer = new NabScorer(NabProfile.Standard);

        var result = NabCrossValidation.LeaveOneCategoryOut(scorer, [a, b]);

        var foldA = result.Folds.Single(f => f.Category == "a");
        Assert.Equal(0.5, foldA.Threshold); // tuned on b: firing at 0.5 catches b's window
        Assert.Equal(1.0 - 0.11, foldA.RawScore, 12);
        var foldB = result.Folds.Single(f => f.Category == "b");
        Assert.Equal(0.9, foldB.Threshold); // tuned on a
        Assert.Equal(-1.0 - 0.11, foldB.RawScore, 12);
        Assert.Equal(foldA.RawScore + foldB.RawScore, result.RawScore, 12);
        Assert.Equal(scorer.Normalise(result.RawScore, 2), result.NormalisedScore, 12);
    }

    [NabDataFact]
    public void The_null_detector_scores_0_in_and_out_of_sample_on_the_corpus()
    {
        var detections = NabData.Corpus.Series.Select(s => NabDetection.Run(s, NullDetector.Score)).ToList();

        foreach (var profile in NabProfile.All)
        {
            var scorer = new NabScorer(profile);
            Assert.Equal(0.0, scorer.Evaluate(detections).NormalisedScore);
            var crossValidated = NabCrossValidation.LeaveOneCategoryOut(scorer, detections);
            Assert.Equal(7, crossValidated.Folds.Count);
            Assert.Equal(0.0, crossValidated.NormalisedScore);
        }
    }

    private static NabDetection Detection(string category, double window, double falseAlarm)
    {
        var series = TinySeries.With(100, category, (40, 49));
        var scores = new double[100];
        scores[40] = window;
        scores[90] = falseAlarm;
        return new NabDetection(series, scores);
    }
}
