using Assistant.Defects.Nab;

namespace Assistant.Defects.Tests.Nab;

public sealed class ReferenceDetectorTests
{
    [Fact]
    public void The_windowed_gaussian_scores_a_spike_near_1_and_ordinary_readings_lower()
    {
        var start = new DateTime(2026, 12, 1);
        var random = new Random(7);
        var points = Enumerable.Range(0, 300)
            .Select(i => new MetricPoint(start.AddMinutes(i), i == 250 ? 100.0 : 10.0 + random.NextDouble()))
            .ToList();

        var scores = new WindowedGaussianDetector(windowSize: 100).Score(points);

        Assert.Equal(300, scores.Count);
        Assert.All(scores, s => Assert.InRange(s, 0.0, 1.0));
        Assert.True(scores[250] > 0.9999);
        Assert.True(scores.Take(250).Skip(20).Average() < 0.8);
        Assert.Equal(0.0, scores[0]); // no history yet
    }

    [Fact]
    public void A_change_after_a_flat_history_scores_1()
    {
        var start = new DateTime(2026, 12, 1);
        var points = Enumerable.Range(0, 50).Select(i => new MetricPoint(start.AddMinutes(i), i < 40 ? 5.0 : 6.0)).ToList();

        var scores = new WindowedGaussianDetector(windowSize: 30).Score(points);

        Assert.Equal(0.0, scores[39]);
        Assert.Equal(1.0, scores[40]);
    }

    [Fact]
    public void The_gaussian_tail_matches_known_values()
    {
        Assert.Equal(0.3173, NormalTail.TwoSided(1.0), 4);
        Assert.Equal(0.0455, NormalTail.TwoSided(2.0), 4);
        Assert.Equal(0.0027, NormalTail.TwoSided(3.0), 4);
        Assert.Equal(1.0, NormalTail.TwoSided(0.0), 6);
        Assert.Equal(1.0, NormalTail.Erfc(0.0), 6);
        Assert.Equal(2.0 - NormalTail.Erfc(0.7), NormalTail.Erfc(-0.7), 12);
    }

    [Fact]
    public void The_null_detector_never_fires()
    {
        var points = Enumerable.Range(0, 10).Select(i => new MetricPoint(new DateTime(2026, 12, 1).AddHours(i), i)).ToList();

        Assert.All(NullDetector.Score(points), s => Assert.Equal(0.0, s));
    }
}
