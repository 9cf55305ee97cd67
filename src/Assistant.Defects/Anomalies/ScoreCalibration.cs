namespace Assistant.Defects.Anomalies;

/// <summary>
/// Makes scores comparable across streams: a score is multiplied by p^power, p the fraction of the
/// stream's earlier scores that were lower (on a 1,000-bin histogram of [0, 1]), because NAB, like
/// an operator with one alarm level for many streams, ranks rows of all streams together, and a
/// score a stream reaches every day means less than the same score on a stream that never does.
/// Streaming: a score is judged before it joins the histogram.
/// </summary>
internal sealed class ScoreCalibration(double power)
{
    private const int Bins = 1000;

    private readonly long[] _counts = new long[Bins + 1];
    private long _seen;

    public double Calibrate(double score)
    {
        if (power <= 0)
        {
            return score;
        }

        var bin = (int)(Math.Clamp(score, 0, 1) * Bins);
        long lower = 0;
        for (var b = 0; b < bin; b++)
        {
            lower += _counts[b];
        }

        var p = _seen > 0 ? (double)lower / _seen : 0;
        _counts[bin]++;
        _seen++;
        return score * Math.Pow(p, power);
    }
}
