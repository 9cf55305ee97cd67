namespace Assistant.Defects.Anomalies;

/// <summary>
/// The stream-only stage after a row's own score (off unless <see cref="AnomalyOptions.RecordHistory"/>
/// or <see cref="AnomalyOptions.AlarmQuiet"/> is set). A record score: how the row's |z|, and the
/// mean |z| of the last few rows, compare with the largest of each over a longer history, so a
/// stream with heavy tails needs a bigger z to alarm than a calm one, and a slow drift that no
/// single row shows still scores. And quiet after an alarm: a row that does not beat the highest
/// score of the last few rows is silenced, because an operator (like NAB) wants the first sign
/// of an event, not a hundred repeats of it. Both use only rows already seen, so scoring stays
/// streaming.
/// </summary>
internal sealed class StreamAlarm
{
    /// <summary>Rows of history needed before a record means anything.</summary>
    private const int RecordMinimum = 100;

    private readonly AnomalyOptions _options;
    private readonly RunningMax _pointRecord;
    private readonly RunningMax _runRecord;
    private readonly double[] _run;
    private readonly double[] _quietScores;
    private int _runNext;
    private double _runSum;
    private int _quietNext;

    public StreamAlarm(AnomalyOptions options)
    {
        _options = options;
        _pointRecord = new RunningMax(Math.Max(1, options.RecordHistory));
        _runRecord = new RunningMax(Math.Max(1, options.RecordHistory));
        _run = new double[options.RecordRun];
        _quietScores = new double[Math.Max(1, options.AlarmQuiet)];
    }

    /// <summary>
    /// The record score (0 when off or too early) after taking in a row's robust z. A ratio r to
    /// the record maps to r / (1 + r): one half for equalling it, never quite 1, so a threshold
    /// can still tell a small new record from a large one.
    /// </summary>
    public double Record(double z)
    {
        if (_options.RecordHistory <= 0)
        {
            return 0;
        }

        var size = Math.Abs(z);
        _runSum += size - _run[_runNext];
        _run[_runNext] = size;
        _runNext = (_runNext + 1) % _run.Length;
        var run = _runSum / _run.Length;
        var score = _pointRecord.Count >= RecordMinimum
            ? Math.Max(Ratio(size, _pointRecord.Max), Ratio(run, _runRecord.Max))
            : 0;

        // Judged against the history before this row joins it.
        _pointRecord.Add(size);
        _runRecord.Add(run);
        return score;
    }

    /// <summary>
    /// The score to report: unchanged unless a row in the last <see cref="AnomalyOptions.AlarmQuiet"/>
    /// scored at least as high, in which case it is 0. Whatever the alarm threshold, a second alarm
    /// within the quiet rows needs a higher score than the first.
    /// </summary>
    public double Quiet(double score)
    {
        if (_options.AlarmQuiet <= 0)
        {
            return score;
        }

        var recentHigh = 0.0;
        foreach (var earlier in _quietScores)
        {
            recentHigh = Math.Max(recentHigh, earlier);
        }

        // The score before silencing is remembered, so a long event keeps itself quiet.
        _quietScores[_quietNext] = score;
        _quietNext = (_quietNext + 1) % _quietScores.Length;
        return score > recentHigh ? score : 0;
    }

    private static double Ratio(double value, double record)
    {
        var ratio = value / Math.Max(record, 1e-9);
        return ratio / (1 + ratio);
    }
}
