using Assistant.Defects.ChangePoints;

namespace Assistant.Defects.Tests;

public sealed class OnlineChangeDetectorTests
{
    private static readonly OnlineChangeDetector Detector = new();

    [Fact]
    public void The_change_probability_peaks_just_after_a_planted_change_and_stays_low_elsewhere()
    {
        var values = Series.Level(400, 20, 1, seed: 21);
        for (var i = 200; i < 400; i++)
        {
            values[i] += 4;
        }

        var beliefs = Detector.Detect(Series.Hourly(values));

        var peak = beliefs.Select((b, i) => (b.Probability, i)).MaxBy(b => b.Probability).i;
        Assert.InRange(peak, 200, 205);
        Assert.True(beliefs[peak].Probability > 0.8, $"peak {beliefs[peak].Probability}");
        // A lone reading three spreads out may fairly raise a doubt, but not a conviction.
        Assert.True(beliefs.Skip(20).Take(175).Max(b => b.Probability) < 0.5);
        Assert.True(beliefs.Skip(215).Max(b => b.Probability) < 0.5);
        Assert.InRange(beliefs[^1].RunLength, 195, 201);
    }

    [Fact]
    public void Each_probability_uses_only_the_rows_up_to_it()
    {
        var values = Series.Level(300, 5, 0.5, seed: 22);
        values[150] = double.NaN;
        for (var i = 170; i < 300; i++)
        {
            values[i] -= 3;
        }

        var series = Series.Daily(values);
        var whole = Detector.Detect(series);

        foreach (var length in new[] { 1, 2, 100, 151, 180 })
        {
            Assert.Equal(whole.Take(length), Detector.Detect(series.Take(length).ToList()));
        }
    }

    [Fact]
    public void A_constant_series_gives_finite_low_probabilities()
    {
        var beliefs = Detector.Detect(Series.Daily(Enumerable.Repeat(7.0, 500)));

        Assert.All(beliefs, b => Assert.InRange(b.Probability, 0, 0.1));
    }

    [Fact]
    public void A_long_series_keeps_run_lengths_within_the_truncation()
    {
        var options = OnlineChangeOptions.Default with { MaxRunLength = 50 };
        var beliefs = new OnlineChangeDetector(options).Detect(Series.Hourly(Series.Level(1000, 0, 1, seed: 23)));

        Assert.All(beliefs, b => Assert.InRange(b.RunLength, 0, 50));
        Assert.All(beliefs, b => Assert.True(double.IsFinite(b.Probability)));
    }
}
