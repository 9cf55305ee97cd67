namespace Assistant.Defects.Nab;

/// <summary>
/// The two fixed pieces of NAB's scoring rule (Lavin &amp; Ahmad 2015): the probation period at the
/// start of every file, where a detector is still learning and nothing is scored, and the scaled
/// sigmoid that turns a detection's position relative to a window into a reward or a penalty.
/// </summary>
public static class NabScoringFunction
{
    public const double ProbationFraction = 0.15;

    public const int MaxProbationRows = 750;

    /// <summary>Rows at the start of a file that are not scored: min(⌊0.15·n⌋, 750).</summary>
    public static int ProbationRows(int rowCount) =>
        Math.Min((int)Math.Floor(ProbationFraction * rowCount), MaxProbationRows);

    /// <summary>
    /// f(x) = 2/(1+e^{5x}) − 1, and −1 beyond x = 3. Negative positions (inside a window, earlier is
    /// more negative) give rewards up to f(−1) ≈ 0.987; positive ones (rows after a window) give
    /// penalties that grow to −1 as the detection moves away from the window.
    /// </summary>
    public static double ScaledSigmoid(double x) => x > 3.0 ? -1.0 : (2.0 / (1.0 + Math.Exp(5.0 * x))) - 1.0;
}
