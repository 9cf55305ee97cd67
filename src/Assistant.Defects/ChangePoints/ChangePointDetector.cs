namespace Assistant.Defects.ChangePoints;

/// <summary>
/// Finds the level changes of a whole series after the fact: PELT (Killick, Fearnhead and Eckley
/// 2012), exact optimal segmentation with pruning, minimising the Gaussian mean-change cost (the
/// squared error about each stretch's mean) plus a penalty per change point.
/// <para>
/// The noise scale comes from the median absolute difference of consecutive readings, which a
/// level change barely moves (one large difference among many) while the overall spread would
/// count the change itself as noise. Outliers are pulled in to a running median first, so a spike
/// does not buy itself a stretch. A seasonal pattern is removed first (see
/// <see cref="ChangePointOptions.Season"/>), so the levels reported are de-seasonalised: the
/// stretch's typical value with the weekly or daily swing taken out.
/// </para>
/// </summary>
public sealed class ChangePointDetector
{
    /// <summary>Half-width of the running median that outliers are clipped against.</summary>
    private const int MedianHalfWidth = 2;

    private readonly ChangePointOptions _options;

    public ChangePointDetector(ChangePointOptions? options = null)
    {
        _options = options ?? ChangePointOptions.Default;
        _options.Check();
    }

    public ChangePointOptions Options => _options;

    /// <summary>The change points in time order; missing (NaN) readings are skipped.</summary>
    public IReadOnlyList<ChangePoint> Detect(IReadOnlyList<MetricPoint> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var rows = new List<int>(series.Count);
        for (var i = 0; i < series.Count; i++)
        {
            if (double.IsFinite(series[i].Value))
            {
                rows.Add(i);
            }
        }

        var values = rows.Select(i => series[i].Value).ToArray();
        if (values.Length < 2 * _options.MinSegment)
        {
            return [];
        }

        values = SeasonalProfile.Remove(series, rows, values, _options.Season);

        var spread = NoiseSpread(values);
        if (spread == 0)
        {
            return [];
        }

        var clipped = ClipOutliers(values, spread);
        var starts = Segment(clipped, spread);
        var changes = new List<ChangePoint>(starts.Count);
        for (var s = 0; s < starts.Count; s++)
        {
            var from = s == 0 ? 0 : starts[s - 1];
            var end = s + 1 < starts.Count ? starts[s + 1] : clipped.Length;
            var before = Mean(clipped, from, starts[s]);
            var after = Mean(clipped, starts[s], end);
            var row = rows[starts[s]];
            changes.Add(new ChangePoint(series[row].Timestamp, row, before, after));
        }

        return changes;
    }

    /// <summary>
    /// The noise standard deviation from consecutive differences (each has twice the noise
    /// variance). When most differences are exactly zero, as in a clean step, the mean absolute
    /// difference stands in.
    /// </summary>
    internal static double NoiseSpread(double[] values)
    {
        var differences = new double[values.Length - 1];
        for (var i = 1; i < values.Length; i++)
        {
            differences[i - 1] = Math.Abs(values[i] - values[i - 1]);
        }

        var mean = differences.Average();
        var median = RobustStatistics.Median(differences);
        var spread = median > 0 ? median / 0.6744897501960817 / Math.Sqrt(2) : mean * 1.2533141373155 / Math.Sqrt(2);
        return spread;
    }

    private double[] ClipOutliers(double[] values, double spread)
    {
        var clipped = new double[values.Length];
        Span<double> window = stackalloc double[(2 * MedianHalfWidth) + 1];
        var limit = _options.OutlierClip * spread;
        for (var i = 0; i < values.Length; i++)
        {
            var from = Math.Max(0, i - MedianHalfWidth);
            var to = Math.Min(values.Length, i + MedianHalfWidth + 1);
            var part = window[..(to - from)];
            values.AsSpan(from, to - from).CopyTo(part);
            var median = RobustStatistics.Median(part);
            clipped[i] = Math.Clamp(values[i], median - limit, median + limit);
        }

        return clipped;
    }

    /// <summary>The first index of every stretch after the first, by PELT.</summary>
    private List<int> Segment(double[] values, double spread)
    {
        var n = values.Length;
        var minimum = _options.MinSegment;
        var penalty = _options.PenaltyFor(n);

        // Prefix sums of the standardised values: a stretch's cost is then O(1).
        var centre = values.Average();
        var sum = new double[n + 1];
        var squares = new double[n + 1];
        for (var i = 0; i < n; i++)
        {
            var x = (values[i] - centre) / spread;
            sum[i + 1] = sum[i] + x;
            squares[i + 1] = squares[i] + (x * x);
        }

        double Cost(int from, int to)
        {
            var s = sum[to] - sum[from];
            return squares[to] - squares[from] - (s * s / (to - from));
        }

        var best = new double[n + 1];
        var previous = new int[n + 1];
        best[0] = -penalty;
        var candidates = new List<int> { 0 };
        var kept = new List<int>();
        for (var end = 1; end <= n; end++)
        {
            best[end] = double.PositiveInfinity;
            foreach (var start in candidates)
            {
                if (end - start < minimum)
                {
                    continue;
                }

                var total = best[start] + Cost(start, end) + penalty;
                if (total < best[end])
                {
                    best[end] = total;
                    previous[end] = start;
                }
            }

            // Prune: a start that already costs more than the best split cannot win later
            // (the cost is additive, so adding rows never helps it catch up).
            kept.Clear();
            foreach (var start in candidates)
            {
                if (end - start < minimum || best[start] + Cost(start, end) <= best[end])
                {
                    kept.Add(start);
                }
            }

            (candidates, kept) = (kept, candidates);
            if (double.IsFinite(best[end]))
            {
                candidates.Add(end);
            }
        }

        var starts = new List<int>();
        for (var end = n; end > 0; end = previous[end])
        {
            if (previous[end] > 0)
            {
                starts.Add(previous[end]);
            }
        }

        starts.Reverse();
        return starts;
    }

    private static double Mean(double[] values, int from, int to)
    {
        var total = 0.0;
        for (var i = from; i < to; i++)
        {
            total += values[i];
        }

        return total / (to - from);
    }
}
