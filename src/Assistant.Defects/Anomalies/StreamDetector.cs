namespace Assistant.Defects.Anomalies;

/// <summary>
/// The detector for machine and metric streams minutes apart (NAB's kind): the row score of an
/// <see cref="AnomalyDetector"/> (residuals, shifts, records) joined with
/// the same row score of a short trailing median (<see cref="TrailingMedian"/>), a weighted context score (<see cref="ContextNovelty"/>)
/// and a weighted level-change score (<see cref="LevelChange"/>), as the largest of four, calibrated against the stream's
/// own earlier scores (<see cref="ScoreCalibration"/>), then one alarm per event (<see cref="Quiet"/>).
/// Streaming like its parts: each row is scored from earlier rows only.
/// </summary>
public sealed class StreamDetector
{
    private readonly StreamOptions _options;

    public StreamDetector(StreamOptions? options = null)
    {
        _options = options ?? StreamOptions.Default;
        _options.Check();
    }

    public StreamOptions Options => _options;

    /// <summary>One score in [0, 1] per row.</summary>
    public IReadOnlyList<double> Score(IReadOnlyList<MetricPoint> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var rowScores = new AnomalyDetector(_options.Base).Score(series);
        var medianScores = MedianScores(series, _options.MedianRows);
        var change = new LevelChange(_options.ChangeRecentRows, _options.ChangeHistoryRows, _options.ChangeWarmUp);
        var context = new ContextNovelty(_options);
        var calibration = new ScoreCalibration(_options.CalibrationPower);
        var quiet = new Quiet(_options.AlarmQuiet, _options.QuietMargin);
        var scores = new double[series.Count];
        for (var row = 0; row < series.Count; row++)
        {
            var value = series[row].Value;
            var novelty = double.IsFinite(value) ? context.Observe(value) : 0;
            var changeScore = _options.ChangeWeight > 0 && double.IsFinite(value)
                ? _options.ChangeWeight * Math.Pow(change.Observe(value), _options.ChangePower) : 0;
            var joined = Math.Max(Math.Max(rowScores[row].Score, medianScores[row]),
                Math.Max(_options.ContextWeight * novelty, changeScore));
            scores[row] = quiet.Report(calibration.Calibrate(joined));
        }

        return scores;
    }

    /// <summary>The row scores of the stream's trailing median (all 0 when it is off).</summary>
    private double[] MedianScores(IReadOnlyList<MetricPoint> series, int rows)
    {
        if (rows <= 0)
        {
            return new double[series.Count];
        }

        var median = new TrailingMedian(rows);
        var smoothed = new MetricPoint[series.Count];
        for (var row = 0; row < series.Count; row++)
        {
            var value = series[row].Value;
            if (double.IsFinite(value))
            {
                median.Add(value);
            }

            // A missing value stays missing; the median of earlier rows would invent a reading.
            smoothed[row] = series[row] with { Value = double.IsFinite(value) ? median.Median : value };
        }

        return [.. new AnomalyDetector(_options.Base).Score(smoothed).Select(point => point.Score)];
    }
}
