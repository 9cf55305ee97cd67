using Assistant.Defects.Anomalies;

namespace Assistant.Defects.Tests;

/// <summary>
/// Pins <see cref="AnomalyOptions.Streams"/> on constructed five-minute streams: what it flags, what
/// it leaves alone, and that one event raises one alarm. 0.6 is used as the alarm level: above the
/// threshold NAB tunes for the preset (about 0.52) with room to spare.
/// </summary>
public sealed class AnomalyStreamsPresetTests
{
    private const double Alarm = 0.6;

    private static readonly AnomalyDetector Detector = new(AnomalyOptions.Streams);

    private static double MaxScore(IReadOnlyList<AnomalyPoint> scored, int from, int to) =>
        scored.Skip(from).Take(to - from).Max(p => p.Score);

    [Fact]
    public void A_spike_in_a_noisy_stream_raises_an_alarm_and_the_plain_noise_before_it_does_not()
    {
        var values = Series.Level(2000, 100, 1, seed: 11);
        values[1500] += 8;

        var scored = Detector.Score(Series.EveryFiveMinutes(values));

        Assert.True(scored[1500].Score >= Alarm, $"spike score {scored[1500].Score}");
        Assert.Equal(AnomalyKind.Spike, scored[1500].Kind);
        Assert.True(MaxScore(scored, 300, 1500) < Alarm, $"max over the noise {MaxScore(scored, 300, 1500)}");
    }

    [Fact]
    public void Scoring_starts_long_before_two_days_of_five_minute_rows_are_in()
    {
        // The default waits for two daily cycles (585 rows); NAB stops ignoring rows after 15%.
        var values = Series.Level(1000, 100, 1, seed: 12);
        values[250] += 10;

        var scored = Detector.Score(Series.EveryFiveMinutes(values));

        Assert.True(scored[250].Score >= Alarm, $"score {scored[250].Score}");
    }

    [Fact]
    public void A_smaller_repeat_soon_after_an_alarm_is_silenced_but_a_larger_one_is_not()
    {
        var values = Series.Level(2000, 100, 1, seed: 13);
        values[1200] += 8;
        values[1220] += 7;
        values[1260] += 12;

        var scored = Detector.Score(Series.EveryFiveMinutes(values));

        Assert.True(scored[1200].Score >= Alarm, $"first {scored[1200].Score}");
        Assert.Equal(0, scored[1220].Score);
        Assert.True(scored[1260].Score >= Alarm, $"larger repeat {scored[1260].Score}");
        Assert.True(MaxScore(scored, 1201, 1260) < Alarm, "nothing between the alarms may alarm");
    }

    [Fact]
    public void The_preset_keeps_each_score_on_earlier_rows_only_so_a_prefix_scores_the_same()
    {
        var values = Series.Level(1800, 50, 3, seed: 15);
        values[400] = double.NaN;
        values[900] += 40;
        values[920] += 30;
        for (var i = 1200; i < 1800; i++)
        {
            values[i] += (i - 1200) * 0.05;
        }

        var series = Series.EveryFiveMinutes(values);
        var whole = Detector.Score(series);

        foreach (var length in new[] { 1, 9, 10, 150, 901, 921, 1300, 1700 })
        {
            Assert.Equal(whole.Take(length), Detector.Score(series.Take(length).ToList()));
        }
    }

    [Fact]
    public void The_default_options_leave_the_stream_stages_off()
    {
        var values = Series.Level(600, 100, 1, seed: 16);
        values[300] += 8;
        values[310] += 7;

        var scored = new AnomalyDetector(AnomalyOptions.Default).Score(Series.Hourly(values));

        // Without the quiet, a second spike straight after the first still scores in full.
        Assert.True(scored[310].Score >= 0.9, $"second spike {scored[310].Score}");
        Assert.Equal(0, AnomalyOptions.Default.RecordHistory);
        Assert.Equal(0, AnomalyOptions.Default.AlarmQuiet);
        Assert.Equal(1, AnomalyOptions.Default.ShiftScore);
    }
}
