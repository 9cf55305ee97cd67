using Assistant.Defects.Anomalies;

namespace Assistant.Defects.Tests;

public sealed class AnomalyDetectorTests
{
    private static readonly AnomalyDetector Detector = new();

    private static double MaxScore(IReadOnlyList<AnomalyPoint> scored, int from, int to) =>
        scored.Skip(from).Take(to - from).Max(p => p.Score);

    [Fact]
    public void A_spike_is_flagged_as_a_spike_at_its_row_and_the_rows_before_it_stay_low()
    {
        var values = Series.Level(300, 1000, 20, seed: 1);
        values[200] += 200;

        var scored = Detector.Score(Series.Hourly(values));

        Assert.Equal(AnomalyKind.Spike, scored[200].Kind);
        Assert.True(scored[200].Score >= 0.9, $"score {scored[200].Score}");
        Assert.True(MaxScore(scored, 0, 200) < 0.5, $"max before {MaxScore(scored, 0, 200)}");
        Assert.True(scored[200].Value > scored[200].Upper);
        Assert.True(MaxScore(scored, 201, 300) < 0.5, "a lone spike must not read as a shift afterwards");
    }

    [Fact]
    public void A_dip_is_flagged_as_a_dip_at_its_row()
    {
        var values = Series.Level(300, 500, 10, seed: 2);
        values[150] -= 120;

        var scored = Detector.Score(Series.Daily(values));

        Assert.Equal(AnomalyKind.Dip, scored[150].Kind);
        Assert.True(scored[150].Score >= 0.9, $"score {scored[150].Score}");
        Assert.True(MaxScore(scored, 0, 150) < 0.5);
        Assert.True(scored[150].Value < scored[150].Lower);
    }

    [Fact]
    public void A_level_shift_is_called_a_level_shift_within_a_few_rows_and_the_new_level_is_learnt()
    {
        // Five-minute readings: two days of warm-up while a daily cycle is tried, then the shift.
        var values = Series.Level(1000, 200, 4, seed: 3);
        for (var i = 700; i < values.Length; i++)
        {
            values[i] += 30;
        }

        var scored = Detector.Score(Series.EveryFiveMinutes(values));

        var shift = scored.Select((p, i) => (p, i)).First(x => x.p.Kind == AnomalyKind.LevelShift).i;
        Assert.InRange(shift, 700, 704);
        Assert.Equal(1.0, scored[shift].Score);
        Assert.True(MaxScore(scored, 0, 700) < 0.5);
        Assert.True(MaxScore(scored, 710, 1000) < 0.5, $"after the shift {MaxScore(scored, 710, 1000)}");
        Assert.InRange(scored[^1].Expected, 228, 232);
    }

    [Fact]
    public void A_daily_wave_in_five_minute_readings_is_not_flagged_once_learnt_but_a_spike_in_it_is()
    {
        var noise = Series.Noise(288 * 6, 3, seed: 31);
        var values = noise.Select((n, i) => 50 + (10 * Math.Sin(2 * Math.PI * i / 288)) + n).ToArray();
        values[1500] += 25;

        var scored = Detector.Score(Series.EveryFiveMinutes(values));

        // Two days of warm-up; a weak wave in strong noise takes the seasonal baseline a third
        // day to beat a flat level that keeps re-anchoring to follow it.
        var twoDays = AnomalyDetector.SpacingRows + (2 * 288);
        Assert.All(scored.Take(twoDays), p => Assert.Equal(0, p.Score));
        Assert.True(MaxScore(scored, twoDays + 288, 1500) < 0.5, $"max {MaxScore(scored, twoDays + 288, 1500)}");
        Assert.Equal(AnomalyKind.Spike, scored[1500].Kind);
        Assert.True(scored[1500].Score >= 0.9);
    }

    [Fact]
    public void A_small_lasting_shift_scores_although_no_single_row_is_extreme()
    {
        // 2 spreads up: each row alone is unremarkable (z ≈ 2), together they are a shift.
        var values = Series.Level(400, 100, 5, seed: 4);
        for (var i = 250; i < values.Length; i++)
        {
            values[i] += 10;
        }

        var scored = Detector.Score(Series.Hourly(values));

        var shift = scored.Select((p, i) => (p, i)).First(x => x.p.Kind == AnomalyKind.LevelShift).i;
        Assert.InRange(shift, 250, 265);
        Assert.True(MaxScore(scored, 0, 250) < 0.5);
    }

    [Fact]
    public void A_weekly_cycle_in_daily_volumes_is_not_flagged_but_a_busy_sunday_is()
    {
        double[] week = [1.0, 1.1, 1.05, 1.0, 0.95, 0.55, 0.4];
        var noise = Series.Noise(26 * 7, 10, seed: 5);
        var values = noise.Select((n, i) => (1000 * week[i % 7]) + n).ToArray();
        values[20 * 7 + 6] = 1000; // a Sunday at weekday volume

        var scored = Detector.Score(Series.Daily(values));

        Assert.True(MaxScore(scored, 0, 20 * 7 + 6) < 0.5, $"max {MaxScore(scored, 0, 146)}");
        Assert.Equal(AnomalyKind.Spike, scored[146].Kind);
        Assert.True(scored[146].Score >= 0.9);
        Assert.InRange(scored[146].Expected, 360, 440);
        Assert.True(MaxScore(scored, 147, scored.Count) < 0.5);
    }

    [Fact]
    public void A_daily_cycle_in_irregular_hourly_readings_is_learnt_by_timestamp()
    {
        // Readings arrive up to ten minutes early or late, and a whole day is missing.
        var random = new Random(6);
        var noise = Series.Noise(24 * 30, 2, seed: 6);
        var points = Enumerable.Range(0, 24 * 30)
            .Where(i => i / 24 != 15)
            .Select(i => new MetricPoint(Series.Start.AddHours(i).AddMinutes(random.Next(-10, 11)),
                100 + (40 * Math.Sin(2 * Math.PI * i / 24)) + noise[i]))
            .ToList();

        var scored = Detector.Score(points);

        Assert.True(MaxScore(scored, 3 * 24, scored.Count) < 0.5, $"max {MaxScore(scored, 72, scored.Count)}");
        var last = scored[^1];
        Assert.InRange(last.Value, last.Lower, last.Upper);
    }

    [Fact]
    public void Each_score_uses_only_the_rows_before_it_so_a_prefix_scores_the_same()
    {
        var values = Series.Level(600, 50, 3, seed: 7);
        values[100] = double.NaN;
        values[300] += 40;
        for (var i = 400; i < 600; i++)
        {
            values[i] += (i - 400) * 0.3;
        }

        var series = Series.Hourly(values);
        var whole = Detector.Score(series);

        foreach (var length in new[] { 1, 9, 10, 31, 250, 301, 450 })
        {
            var prefix = Detector.Score(series.Take(length).ToList());
            Assert.Equal(whole.Take(length), prefix);
        }
    }

    [Fact]
    public void Scores_stay_between_0_and_1_and_the_bounds_contain_the_expected_value()
    {
        var values = Series.Level(500, 10, 1, seed: 8);
        values[123] = 1e9;
        values[321] = -1e9;
        for (var i = 400; i < 500; i++)
        {
            values[i] *= 3;
        }

        var scored = Detector.Score(Series.Hourly(values));

        Assert.All(scored, p => Assert.InRange(p.Score, 0, 1));
        Assert.All(scored.Skip(Detector.Options.WarmUp), p => Assert.True(p.Lower <= p.Expected && p.Expected <= p.Upper, p.ToString()));
        Assert.Equal(1.0, scored[123].Score);
        Assert.Equal(1.0, scored[321].Score);
    }

    [Fact]
    public void A_constant_series_scores_zero_without_dividing_by_zero_and_a_step_in_it_is_caught()
    {
        var values = Enumerable.Repeat(42.0, 200).Concat(Enumerable.Repeat(43.0, 50)).ToArray();

        var scored = Detector.Score(Series.Daily(values));

        Assert.All(scored.Take(200), p => Assert.Equal(0, p.Score));
        Assert.All(scored.Skip(1), p => Assert.False(double.IsNaN(p.Expected)));
        Assert.Equal(42, scored[199].Expected);
        Assert.Equal(1.0, scored[200].Score);
        Assert.Contains(scored.Skip(200).Take(5), p => p.Kind == AnomalyKind.LevelShift);
        Assert.True(MaxScore(scored, 210, 250) < 0.5);
    }

    [Fact]
    public void A_very_short_series_scores_zero_during_warm_up()
    {
        var scored = Detector.Score(Series.Daily([5, 500, 5, -300, 5]));

        Assert.Equal(5, scored.Count);
        Assert.All(scored, p => Assert.Equal(0, p.Score));
        Assert.All(scored, p => Assert.Equal(AnomalyKind.None, p.Kind));
        Assert.Empty(Detector.Score([]));
    }

    [Fact]
    public void Missing_readings_score_zero_and_do_not_disturb_the_rows_after_them()
    {
        var values = Series.Level(300, 80, 2, seed: 9);
        for (var i = 100; i < 110; i++)
        {
            values[i] = double.NaN;
        }

        values[200] += 30;

        var scored = Detector.Score(Series.Hourly(values));

        Assert.All(scored.Skip(100).Take(10), p => Assert.Equal(0, p.Score));
        Assert.All(scored.Skip(100).Take(10), p => Assert.InRange(p.Expected, 78, 82));
        Assert.True(MaxScore(scored, 110, 200) < 0.5);
        Assert.Equal(AnomalyKind.Spike, scored[200].Kind);
    }

    [Fact]
    public void A_new_slope_is_called_a_trend_change()
    {
        var values = Series.Level(500, 100, 1, seed: 10);
        for (var i = 300; i < values.Length; i++)
        {
            values[i] += 0.5 * (i - 300);
        }

        var scored = Detector.Score(Series.Hourly(values));

        var first = scored.Select((p, i) => (p, i)).First(x => x.p.Kind is AnomalyKind.TrendChange or AnomalyKind.LevelShift);
        Assert.InRange(first.i, 300, 320);
        Assert.Contains(scored.Skip(300).Take(60), p => p.Kind == AnomalyKind.TrendChange);
        Assert.True(MaxScore(scored, 0, 300) < 0.5);
        Assert.True(MaxScore(scored, 420, 500) < 0.5, $"the slope should be learnt: {MaxScore(scored, 420, 500)}");
    }

    [Fact]
    public void Options_out_of_range_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AnomalyDetector(AnomalyOptions.Default with { LevelSmoothing = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AnomalyDetector(AnomalyOptions.Default with { Season = 0 }));
    }
}
