namespace Assistant.Defects.Anomalies;

/// <summary>
/// Makes scores comparable across streams: a score is multiplied by p^power, p the fraction of the
/// stream's earlier scores that were lower (on a 1,000-bin histogram of [0, 1]), because NAB, like
/// an operator with one alarm level for many streams, ranks rows of all streams together, and a
/// score a stream reaches every day means less than the same score on a stream that never does.
/// Streaming: a score is judged before it joins the histogram. The histogram is a Fenwick tree, so
/// the count below a score takes ten steps rather than a thousand.
/// </summary>
internal sealed class ScoreCalibration(double power)
{
    private const int Bins = 1000;

    /// <summary>Fenwick tree over bins 1..Bins+1 (bin b of [0, 1] at index b + 1).</summary>
    private readonly long[] _tree = new long[Bins + 2];
    private long _seen;

    public double Calibrate(double score)
    {
        if (power <= 0)
        {
            return score;
        }

        var bin = (int)(Math.Clamp(score, 0, 1) * Bins);
        long lower = 0;
        for (var i = bin; i > 0; i -= i & -i)
        {
            lower += _tree[i];
        }

        var p = _seen > 0 ? (double)lower / _seen : 0;
        for (var i = bin + 1; i < _tree.Length; i += i & -i)
        {
            _tree[i]++;
        }

        _seen++;
        return score * Math.Pow(p, power);
    }
}
