namespace Assistant.Defects.Nab;

/// <summary>
/// What a detection at each row of a series would be worth before the profile's weights: inside a
/// window f(−(R−i+1)/w)/f(−1) (1 at the left edge), outside −1 before any window, or
/// f(|Rp−i|/(wp−1)) after the preceding window. It depends only on the series, so the scorer and
/// the threshold sweep share it.
/// </summary>
internal sealed class NabRowLayout
{
    /// <summary><see cref="WindowOf"/> for a row outside every window.</summary>
    public const int Outside = -1;

    private NabRowLayout(int probation, int[] windowOf, double[] unweighted)
    {
        Probation = probation;
        WindowOf = windowOf;
        Unweighted = unweighted;
    }

    /// <summary>Rows before this one are in probation and never scored.</summary>
    public int Probation { get; }

    /// <summary>Per row, the index of its window in the series, or <see cref="Outside"/>.</summary>
    public int[] WindowOf { get; }

    /// <summary>Per row, the unweighted worth of a detection there (a reward in a window, else a penalty).</summary>
    public double[] Unweighted { get; }

    public static NabRowLayout Of(NabSeries series)
    {
        var rows = series.Points.Count;
        var windowOf = new int[rows];
        var unweighted = new double[rows];
        var edge = NabScoringFunction.ScaledSigmoid(-1.0);
        var windows = series.Windows;
        var next = 0;
        NabWindow? previous = null;
        for (var i = 0; i < rows; i++)
        {
            while (next < windows.Count && windows[next].LastRow < i)
            {
                previous = windows[next];
                next++;
            }

            if (next < windows.Count && windows[next].Contains(i))
            {
                var window = windows[next];
                windowOf[i] = next;
                unweighted[i] = NabScoringFunction.ScaledSigmoid(-(double)(window.LastRow - i + 1) / window.Width) / edge;
            }
            else
            {
                windowOf[i] = Outside;
                // A one-row window has wp − 1 = 0: the division gives +∞, so f = −1, a full false positive.
                unweighted[i] = previous is null
                    ? -1.0
                    : NabScoringFunction.ScaledSigmoid(Math.Abs(previous.LastRow - i) / (double)(previous.Width - 1));
            }
        }

        return new NabRowLayout(NabScoringFunction.ProbationRows(rows), windowOf, unweighted);
    }
}
