using Assistant.Defects.Nab;

namespace Assistant.Defects.Tests.Nab;

public sealed class NabThresholdSweepTests
{
    [Fact]
    public void The_sweep_finds_the_best_of_every_distinct_score_value()
    {
        var random = new Random(20261202);
        var detections = Enumerable.Range(0, 6).Select(k =>
        {
            var series = TinySeries.With(200, "c" + (k % 3), (60 + k, 75 + k), (130, 131), (150, 170));
            // Coarse scores so that many rows tie, as real detectors' do.
            return new NabDetection(series, [.. Enumerable.Range(0, 200).Select(_ => Math.Round(random.NextDouble(), 2))]);
        }).ToList();

        foreach (var profile in NabProfile.All)
        {
            var scorer = new NabScorer(profile);
            var bruteForce = detections.SelectMany(d => d.Scores).Distinct()
                .Select(t => scorer.ScoreCorpus(detections, t))
                .Append(scorer.NullRawScore(18))
                .Max();

            var swept = scorer.OptimiseThreshold(detections);

            Assert.Equal(bruteForce, swept.RawScore, 9);
        }
    }

    [Fact]
    public void A_detector_that_only_raises_false_alarms_is_best_never_firing()
    {
        var series = TinySeries.With((40, 49));

        var choice = new NabScorer(NabProfile.Standard).OptimiseThreshold([TinySeries.FiringAt(series, 20, 60, 90)]);

        Assert.Equal(double.PositiveInfinity, choice.Threshold);
        Assert.Equal(-1.0, choice.RawScore);
    }

    [Fact]
    public void Among_equally_good_thresholds_the_highest_is_chosen()
    {
        var series = TinySeries.With((40, 49));
        var scores = new double[100];
        scores[40] = 0.9;
        scores[44] = 0.6; // inside the window but later: firing it too changes nothing

        var choice = new NabScorer(NabProfile.Standard).OptimiseThreshold([new NabDetection(series, scores)]);

        Assert.Equal(0.9, choice.Threshold);
        Assert.Equal(1.0, choice.RawScore, 12);
    }
}
