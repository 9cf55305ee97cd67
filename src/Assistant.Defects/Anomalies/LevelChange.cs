namespace Assistant.Defects.Anomalies;

/// <summary>
/// A two-window change score: |median of the last few values − median of the many values before
/// them| over the median absolute deviation of those many, ranked among the same statistic's
/// earlier values on this stream. A step the row detector's CUSUM re-anchors on during noise stays
/// visible here for as long as the short window sits on the new level, and the rank (rather than a
/// fixed scale) lets each stream decide how large a change is unusual for it.
/// Streaming: each value is judged before it joins the windows and the ranking.
/// </summary>
internal sealed class LevelChange
{
    /// <summary>Bins of the ranking histogram over s / (1 + s), fine enough that large changes stay apart.</summary>
    private const int Bins = 4000;

    private readonly int _recentRows;
    private readonly int _historyRows;
    private readonly int _warmUp;
    private readonly TrailingMedian _recent;
    private readonly TrailingMedian _history;
    private readonly Queue<double> _pending = new();
    private readonly long[] _tree = new long[Bins + 2];
    private long _ranked;

    public LevelChange(int recentRows, int historyRows, int warmUp)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(recentRows, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(historyRows, 3);
        _recentRows = recentRows;
        _historyRows = historyRows;
        _warmUp = warmUp;
        _recent = new TrailingMedian(recentRows);
        _history = new TrailingMedian(historyRows);
    }

    /// <summary>Adds a finite value and returns its score in [0, 1]: the fraction of earlier statistics below this one.</summary>
    public double Observe(double value)
    {
        _recent.Add(value);
        _pending.Enqueue(value);
        if (_pending.Count > _recentRows)
        {
            _history.Add(_pending.Dequeue());
        }

        if (_history.Count < _historyRows)
        {
            return 0;
        }

        var spread = _history.MedianAbsoluteDeviation();
        var change = Math.Abs(_recent.Median - _history.Median);
        // A flat history has no spread: any change off it is as large as a change can be, none is none.
        var ratio = spread > 0 ? change / spread : change > 0 ? double.PositiveInfinity : 0;
        var bin = (int)(ratio / (1 + ratio) * Bins);
        if (double.IsPositiveInfinity(ratio))
        {
            bin = Bins;
        }

        long lower = 0;
        for (var i = bin; i > 0; i -= i & -i)
        {
            lower += _tree[i];
        }

        var score = _ranked >= _warmUp ? (double)lower / _ranked : 0;
        for (var i = bin + 1; i < _tree.Length; i += i & -i)
        {
            _tree[i]++;
        }

        _ranked++;
        return score;
    }
}
