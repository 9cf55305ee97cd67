using Assistant.Defects.Anomalies;

namespace Assistant.Defects.Tests;

/// <summary>
/// Pins the level-change stage of <see cref="StreamDetector"/> (<see cref="StreamOptions.ChangeWeight"/>)
/// on constructed five-minute streams: it is streaming, and a modest level shift among larger
/// spikes alarms through it.
/// </summary>
public sealed class StreamDetectorLevelChangeTests
{
    /// <summary>About NAB's tuned threshold for the default options, with room to spare.</summary>
    private const double Alarm = 0.55;

    /// <summary>The level-change stage alone beside the base row score (no median, no context).</summary>
    private static readonly StreamOptions ChangeOnly = StreamOptions.Default with { MedianRows = 0, ContextWeight = 0 };

    /// <summary>
    /// Noise with a spike of 4 to 8 spreads every 37 rows (so the raw stream's extremes are
    /// ordinary), and from row 2500 a level 2 spreads higher.
    /// </summary>
    private static double[] SpikyWithShift(int seed)
    {
        var values = Series.Level(4000, 100, 1, seed);
        for (var i = 100; i < values.Length; i += 37)
        {
            values[i] += 4 + i % 5;
        }

        for (var i = 2500; i < values.Length; i++)
        {
            values[i] += 2;
        }

        return values;
    }

    [Fact]
    public void Scores_of_a_prefix_equal_the_first_scores_with_the_level_change_alone()
    {
        var values = SpikyWithShift(31);

        var whole = new StreamDetector(ChangeOnly).Score(Series.EveryFiveMinutes(values));
        var prefix = new StreamDetector(ChangeOnly).Score(Series.EveryFiveMinutes(values.Take(2506)));

        Assert.Equal(whole.Take(2506), prefix);
    }

    [Fact]
    public void A_modest_level_shift_among_spikes_alarms_through_the_level_change()
    {
        var points = Series.EveryFiveMinutes(SpikyWithShift(32));
        var with = new StreamDetector(ChangeOnly).Score(points);
        var without = new StreamDetector(ChangeOnly with { ChangeWeight = 0 }).Score(points);

        var withShift = with.Skip(2500).Take(30).Max();
        var withoutShift = without.Skip(2500).Take(30).Max();
        Assert.True(withShift >= Alarm, $"with the level change {withShift}");
        Assert.True(withoutShift < Alarm, $"without {withoutShift}");
        // Not pinned: that the shift outscores the noise before it. The stage ranks the statistic
        // without an absolute scale, so a new record in noise (here about row 1,600) scores as
        // high, about the weight 0.7; on NAB the calibration and the tuned threshold absorb that.
    }

    [Fact]
    public void A_flat_stream_that_steps_alarms_without_dividing_by_zero()
    {
        // The long window of a flat stream has no spread: the step is as large a change as there is.
        var values = Enumerable.Repeat(5.0, 600).Concat(Enumerable.Repeat(6.0, 100)).ToArray();
        var scores = new StreamDetector(ChangeOnly).Score(Series.EveryFiveMinutes(values));

        Assert.All(scores, s => Assert.True(double.IsFinite(s) && s >= 0 && s <= 1));
        Assert.True(scores.Skip(600).Take(20).Max() >= Alarm, "the step");
    }
}
