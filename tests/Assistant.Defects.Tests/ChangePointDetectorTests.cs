using Assistant.Defects.ChangePoints;

namespace Assistant.Defects.Tests;

public sealed class ChangePointDetectorTests
{
    private static readonly ChangePointDetector Detector = new();

    [Fact]
    public void Planted_level_changes_are_found_within_two_rows_with_their_levels()
    {
        var values = Series.Noise(600, 5, seed: 11);
        (int Start, double Level)[] stretches = [(0, 100), (150, 130), (320, 90), (470, 95 + 15)];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] += stretches.Last(s => s.Start <= i).Level;
        }

        var changes = Detector.Detect(Series.Daily(values));

        Assert.Equal(3, changes.Count);
        for (var c = 0; c < 3; c++)
        {
            Assert.InRange(changes[c].Index, stretches[c + 1].Start - 2, stretches[c + 1].Start + 2);
            Assert.InRange(changes[c].Before, stretches[c].Level - 2, stretches[c].Level + 2);
            Assert.InRange(changes[c].After, stretches[c + 1].Level - 2, stretches[c + 1].Level + 2);
            Assert.Equal(Series.Start.AddDays(changes[c].Index), changes[c].Timestamp);
        }
    }

    [Theory]
    [InlineData(12)]
    [InlineData(13)]
    [InlineData(14)]
    [InlineData(15)]
    [InlineData(16)]
    public void Stationary_noise_has_no_change_points(int seed)
    {
        var values = Series.Level(1000, 50, 3, seed);

        Assert.Empty(Detector.Detect(Series.Hourly(values)));
    }

    [Fact]
    public void Lone_outliers_do_not_become_stretches_of_their_own()
    {
        var values = Series.Level(400, 50, 2, seed: 17);
        values[100] += 60;
        values[101] += 55;
        values[250] -= 80;

        Assert.Empty(Detector.Detect(Series.Hourly(values)));
    }

    [Fact]
    public void A_clean_step_without_noise_is_found_exactly_and_a_constant_series_has_none()
    {
        var step = Enumerable.Repeat(10.0, 40).Concat(Enumerable.Repeat(20.0, 40));
        var changes = Detector.Detect(Series.Daily(step));

        var change = Assert.Single(changes);
        Assert.Equal(new ChangePoint(Series.Start.AddDays(40), 40, 10, 20), change);
        Assert.Empty(Detector.Detect(Series.Daily(Enumerable.Repeat(3.0, 100))));
        Assert.Empty(Detector.Detect(Series.Daily([1, 2, 3])));
    }

    [Fact]
    public void Missing_readings_are_skipped_and_indices_still_refer_to_the_series()
    {
        var values = Series.Level(200, 10, 1, seed: 18);
        for (var i = 100; i < 200; i++)
        {
            values[i] += 8;
        }

        values[50] = double.NaN;
        values[60] = double.NaN;

        var change = Assert.Single(Detector.Detect(Series.Daily(values)));
        Assert.InRange(change.Index, 98, 102);
    }

    [Fact]
    public void A_weekly_pattern_is_not_cut_into_stretches_and_a_change_under_it_is_found()
    {
        double[] week = [1.0, 1.1, 1.05, 1.0, 0.95, 0.55, 0.4];
        var noise = Series.Noise(20 * 7, 10, seed: 19);
        var values = noise.Select((n, i) => ((i >= 80 ? 1200 : 1000) * week[i % 7]) + n).ToArray();

        Assert.Empty(Detector.Detect(Series.Daily(values.Take(80).ToArray())));
        var change = Assert.Single(Detector.Detect(Series.Daily(values)));
        Assert.InRange(change.Index, 78, 82);
        Assert.True(change.After - change.Before > 120, change.ToString());
    }
}
