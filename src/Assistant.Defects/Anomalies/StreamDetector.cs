namespace Assistant.Defects.Anomalies;

/// <summary>
/// The detector for machine and metric streams minutes apart (NAB's kind): the row score of an
/// <see cref="AnomalyDetector"/> (residuals, shifts, records) joined, as the larger of the two,
/// with a weighted context score (<see cref="ContextNovelty"/>), calibrated against the stream's
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
        var context = new ContextNovelty(_options);
        var calibration = new ScoreCalibration(_options.CalibrationPower);
        var quiet = new Quiet(_options.AlarmQuiet, _options.QuietMargin);
        var scores = new double[series.Count];
        for (var row = 0; row < series.Count; row++)
        {
            var value = series[row].Value;
            var novelty = double.IsFinite(value) ? context.Observe(value) : 0;
            var joined = Math.Max(rowScores[row].Score, _options.ContextWeight * novelty);
            scores[row] = quiet.Report(calibration.Calibrate(joined));
        }

        return scores;
    }
}
