using Assistant.Defects.Nab;

namespace Assistant.Defects.Tests.Nab;

public sealed class NabScorerTests
{
    private static readonly NabScorer Standard = new(NabProfile.Standard);

    private static readonly NabSeries OneWindow = TinySeries.With((40, 49));

    [Fact]
    public void A_detection_at_a_windows_left_edge_scores_the_true_positive_weight()
    {
        var score = Standard.ScoreFile(TinySeries.FiringAt(OneWindow, 40), 0.5);

        Assert.Equal(1.0, score.RawScore, 12);
        Assert.Equal(1.0, score.RowScores[40], 12);
        Assert.Equal((1, 0, 0), (score.DetectedWindows, score.MissedWindows, score.FalsePositives));
    }

    [Fact]
    public void A_detection_at_a_windows_right_edge_scores_almost_nothing()
    {
        var score = Standard.ScoreFile(TinySeries.FiringAt(OneWindow, 49), 0.5);

        Assert.Equal(NabScoringFunction.ScaledSigmoid(-0.1) / NabScoringFunction.ScaledSigmoid(-1.0), score.RawScore, 12);
        Assert.InRange(score.RawScore, 0.0, 0.26);
    }

    [Fact]
    public void A_missed_window_scores_minus_the_false_negative_weight_on_its_first_row()
    {
        var score = new NabScorer(NabProfile.RewardLowFalseNegatives).ScoreFile(TinySeries.FiringAt(OneWindow), 0.5);

        Assert.Equal(-2.0, score.RawScore);
        Assert.Equal(-2.0, score.RowScores[40]);
        Assert.Equal(1, score.MissedWindows);
    }

    [Fact]
    public void A_false_positive_long_after_a_window_scores_minus_the_false_positive_weight()
    {
        // 41 rows past a 10-row window is 41/9 > 3 window widths.
        var score = Standard.ScoreFile(TinySeries.FiringAt(OneWindow, 40, 90), 0.5);

        Assert.Equal(-0.11, score.RowScores[90], 12);
        Assert.Equal(1.0 - 0.11, score.RawScore, 12);
        Assert.Equal(1, score.FalsePositives);
    }

    [Fact]
    public void A_false_positive_just_after_a_window_costs_less_than_one_far_away()
    {
        var score = Standard.ScoreFile(TinySeries.FiringAt(OneWindow, 40, 50), 0.5);

        Assert.Equal(NabScoringFunction.ScaledSigmoid(1.0 / 9.0) * 0.11, score.RowScores[50], 12);
        Assert.InRange(score.RowScores[50], -0.11 / 2, 0.0);
    }

    [Fact]
    public void A_false_positive_before_any_window_scores_minus_the_false_positive_weight()
    {
        var score = Standard.ScoreFile(TinySeries.FiringAt(OneWindow, 20, 40), 0.5);

        Assert.Equal(-0.11, score.RowScores[20], 12);
    }

    [Fact]
    public void Only_the_earliest_detection_in_a_window_counts()
    {
        var score = Standard.ScoreFile(TinySeries.FiringAt(OneWindow, 45, 41, 47), 0.5);

        var earliest = NabScoringFunction.ScaledSigmoid(-0.9) / NabScoringFunction.ScaledSigmoid(-1.0);
        Assert.Equal(earliest, score.RawScore, 12);
        Assert.Equal(earliest, score.RowScores[40], 12);
        Assert.Equal(0.0, score.RowScores[41] + score.RowScores[45] + score.RowScores[47]);
    }

    [Fact]
    public void Detections_in_the_probation_period_are_not_scored()
    {
        Assert.Equal(15, NabScoringFunction.ProbationRows(100));
        Assert.Equal(750, NabScoringFunction.ProbationRows(22_695));

        var score = Standard.ScoreFile(TinySeries.FiringAt(OneWindow, 0, 14, 40), 0.5);

        Assert.Equal(1.0, score.RawScore, 12);
        Assert.Equal(0, score.FalsePositives);
    }

    [Fact]
    public void A_row_is_a_detection_when_its_score_reaches_the_threshold()
    {
        var scores = new double[100];
        scores[40] = 0.5;
        var detection = new NabDetection(OneWindow, scores);

        Assert.Equal(1.0, Standard.ScoreFile(detection, 0.5).RawScore, 12);
        Assert.Equal(-1.0, Standard.ScoreFile(detection, 0.5000001).RawScore);
    }

    [Fact]
    public void The_scaled_sigmoid_is_minus_one_beyond_three_and_zero_at_zero()
    {
        Assert.Equal(-1.0, NabScoringFunction.ScaledSigmoid(3.0001));
        Assert.Equal(0.0, NabScoringFunction.ScaledSigmoid(0.0));
        Assert.Equal(0.98661, NabScoringFunction.ScaledSigmoid(-1.0), 5);
    }

    [Fact]
    public void Normalisation_puts_the_null_detector_at_0_and_the_perfect_one_at_100()
    {
        Assert.Equal(0.0, Standard.Normalise(-116, 116));
        Assert.Equal(100.0, Standard.Normalise(116, 116));
        Assert.Equal(0.0, new NabScorer(NabProfile.RewardLowFalseNegatives).Normalise(-232, 116));
    }

    [Fact]
    public void Scores_must_cover_every_row()
    {
        Assert.Throws<ArgumentException>(() => Standard.ScoreFile(new NabDetection(OneWindow, new double[99]), 0.5));
    }
}
