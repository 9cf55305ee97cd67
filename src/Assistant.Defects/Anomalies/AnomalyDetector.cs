namespace Assistant.Defects.Anomalies;

/// <summary>
/// Scores every reading of a metric series for how unusual it is, streaming: each row is judged
/// only on the rows before it, so scoring a longer series never changes the scores of the rows
/// it shares with a shorter one, and the score a row gets here is the score it would have got
/// live.
/// <para>
/// Two baselines run side by side, one flat and one seasonal (when the spacing suggests a cycle
/// or one is given), and each row is judged by whichever has missed by less lately, so a
/// season is used only where it actually explains the series. A row's score is the larger of a
/// point score (the normal tail probability of its robust z, on a log scale) and a change score
/// (how close the CUSUM is to declaring a shift), so a lasting shift scores even when no single
/// row is extreme.
/// </para>
/// </summary>
public sealed class AnomalyDetector
{
    /// <summary>Rows whose spacings decide the seasonal cycle; the seasonal baseline starts after them.</summary>
    public const int SpacingRows = 9;

    /// <summary>
    /// The seasonal baseline is taken up while its mean miss is within this factor of the flat
    /// one's, and dropped beyond <see cref="SeasonalDrop"/>. The lean towards it is deliberate:
    /// a needless season costs a little spread, a missed one costs false alarms every cycle,
    /// because a flat level chasing a slow wave keeps re-anchoring and so misses only a little.
    /// </summary>
    private const double SeasonalTake = 1.05;

    private const double SeasonalDrop = 1.1;

    private readonly AnomalyOptions _options;
    private readonly double _boundZ;

    public AnomalyDetector(AnomalyOptions? options = null)
    {
        _options = options ?? AnomalyOptions.Default;
        _options.Check();
        _boundZ = ZForSurprise((_options.SurpriseAtZero + _options.SurpriseAtOne) / 2);
    }

    public AnomalyOptions Options => _options;

    /// <summary>How many spreads from the expected value the bounds are (where the point score is one half).</summary>
    public double BoundSpreads => _boundZ;

    public IReadOnlyList<AnomalyPoint> Score(IReadOnlyList<MetricPoint> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var scored = new AnomalyPoint[series.Count];
        var flat = new Baseline(_options, 1);
        Baseline? seasonal = null;
        SeasonalCycle? cycle = null;
        var useSeasonal = false;
        var warmUp = _options.WarmUp;
        var alarm = new StreamAlarm(_options);

        for (var row = 0; row < series.Count; row++)
        {
            var point = series[row];
            if (row == SpacingRows && _options.Season != 1)
            {
                cycle = SeasonalCycle.For(SeasonalCycle.TypicalStep(series, SpacingRows), _options.Season, series[0].Timestamp);
                seasonal = cycle is null ? null : new Baseline(_options, cycle.Length);

                // Until the seasonal baseline has a couple of cycles behind it, only the flat one
                // can judge, and on a seasonal series it would flag every swing.
                warmUp = Math.Max(warmUp, SpacingRows + ((cycle?.Length ?? 0) * _options.WarmUpCycles));
            }

            var phase = cycle?.PhaseOf(point.Timestamp, row - SpacingRows) ?? 0;
            flat.Predict(0);
            seasonal?.Predict(phase);
            useSeasonal = ChooseSeasonal(flat, seasonal, useSeasonal);
            var chosen = useSeasonal ? seasonal! : flat;
            var expected = chosen.Expected;
            var spread = chosen.Spread;
            var lower = expected - (_boundZ * spread);
            var upper = expected + (_boundZ * spread);

            if (!double.IsFinite(point.Value))
            {
                // A missing reading says nothing and teaches nothing; the prediction still stands.
                scored[row] = new AnomalyPoint(point.Timestamp, point.Value, 0, AnomalyKind.None, expected, lower, upper);
                continue;
            }

            var flatReading = flat.Observe(point.Value);
            var seasonalReading = seasonal?.Observe(point.Value);
            var reading = useSeasonal ? seasonalReading!.Value : flatReading;
            var (score, kind) = row < warmUp || double.IsNaN(reading.Z)
                ? (0.0, AnomalyKind.None)
                : Judge(reading);
            if (!double.IsNaN(reading.Z))
            {
                // The record history is built during the warm-up too, so it is ready when scoring starts.
                var record = alarm.Record(reading.Z);
                score = row < warmUp ? 0 : alarm.Quiet(Math.Max(score, record));
            }
            scored[row] = new AnomalyPoint(point.Timestamp, point.Value, score, kind, expected, lower, upper);
        }

        return scored;
    }

    private static bool ChooseSeasonal(Baseline flat, Baseline? seasonal, bool usingSeasonal)
    {
        if (seasonal is not { Ready: true } || !flat.Ready)
        {
            return false;
        }

        return usingSeasonal
            ? seasonal.MeanMiss <= SeasonalDrop * flat.MeanMiss
            : seasonal.MeanMiss < SeasonalTake * flat.MeanMiss;
    }

    private (double Score, AnomalyKind Kind) Judge(BaselineReading reading)
    {
        var point = PointScore(reading.Z);
        if (reading.Change != AnomalyKind.None)
        {
            return (_options.ShiftScore, reading.Change);
        }

        // Three quarters of the way to the CUSUM threshold still happens in plain noise now and
        // then; the change score rises over the last quarter, so a building shift scores early.
        var threshold = _options.ShiftThreshold;
        var change = Math.Clamp((reading.Cusum - (0.75 * threshold)) / (0.25 * threshold), 0, 1);
        var kind = Math.Abs(reading.Z) >= _boundZ ? (reading.Z > 0 ? AnomalyKind.Spike : AnomalyKind.Dip) : AnomalyKind.None;
        return (Math.Max(point, change * _options.ShiftScore), kind);
    }

    private double PointScore(double z) =>
        Math.Clamp((NormalTail.Surprise(z) - _options.SurpriseAtZero) / (_options.SurpriseAtOne - _options.SurpriseAtZero), 0, 1);

    /// <summary>The z whose two-sided normal tail has the given surprise, by bisection (surprise rises with z).</summary>
    private static double ZForSurprise(double surprise)
    {
        double low = 0, high = 40;
        for (var i = 0; i < 100; i++)
        {
            var middle = (low + high) / 2;
            if (NormalTail.Surprise(middle) < surprise)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return (low + high) / 2;
    }
}
