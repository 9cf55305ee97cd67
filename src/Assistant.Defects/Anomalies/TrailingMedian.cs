namespace Assistant.Defects.Anomalies;

/// <summary>
/// The median of the last few values: a ring of the values in arrival order and the same values
/// kept sorted, so adding one is a removal and an insertion in a short array (windows are a few
/// rows, where this beats heaps and allocates nothing).
/// </summary>
internal sealed class TrailingMedian
{
    private readonly double[] _ring;
    private readonly double[] _sorted;
    private int _count;
    private int _next;

    public TrailingMedian(int window)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        _ring = new double[window];
        _sorted = new double[window];
    }

    /// <summary>The median of the last window values (the mean of the middle two for an even count); NaN before any.</summary>
    public double Median => _count == 0 ? double.NaN
        : _count % 2 == 1 ? _sorted[_count / 2] : (_sorted[_count / 2 - 1] + _sorted[_count / 2]) / 2;

    /// <summary>Values in the window.</summary>
    public int Count => _count;

    /// <summary>
    /// The median of the window's absolute deviations from its median (NaN before any): the
    /// deviations grow outward from the middle of the sorted window, so the k-th smallest is found
    /// by merging the two sides, k steps rather than a sort.
    /// </summary>
    public double MedianAbsoluteDeviation()
    {
        if (_count == 0)
        {
            return double.NaN;
        }

        var median = Median;
        var lowerHalf = (_count - 1) / 2;
        var below = lowerHalf;
        var above = lowerHalf + 1;
        var wanted = (_count + 1) / 2;
        double deviation = 0;
        double previous = 0;
        for (var taken = 0; taken < wanted + 1 - _count % 2; taken++)
        {
            previous = deviation;
            var left = below >= 0 ? median - _sorted[below] : double.PositiveInfinity;
            var right = above < _count ? _sorted[above] - median : double.PositiveInfinity;
            if (left <= right)
            {
                deviation = left;
                below--;
            }
            else
            {
                deviation = right;
                above++;
            }
        }

        return _count % 2 == 1 ? deviation : (previous + deviation) / 2;
    }

    public void Add(double value)
    {
        if (_count == _ring.Length)
        {
            var leaving = Array.BinarySearch(_sorted, 0, _count, _ring[_next]);
            Array.Copy(_sorted, leaving + 1, _sorted, leaving, _count - leaving - 1);
            _count--;
        }

        var at = Array.BinarySearch(_sorted, 0, _count, value);
        if (at < 0)
        {
            at = ~at;
        }

        Array.Copy(_sorted, at, _sorted, at + 1, _count - at);
        _sorted[at] = value;
        _count++;
        _ring[_next] = value;
        _next = (_next + 1) % _ring.Length;
    }
}
