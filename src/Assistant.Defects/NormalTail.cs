namespace Assistant.Defects;

/// <summary>
/// Tail probabilities of the standard normal, written out because the repository has no maths
/// library: erfc by the Chebyshev fit of Numerical Recipes (relative error below 1.2e-7), which
/// keeps its accuracy far into the tail where 1 - Φ(z) would round to zero.
/// </summary>
internal static class NormalTail
{
    /// <summary>P(|Z| ≥ z) for a standard normal Z.</summary>
    public static double TwoSided(double z) => Erfc(Math.Abs(z) / Math.Sqrt(2));

    /// <summary>-log10 of the two-sided tail: "how surprising", computed in logs so huge z stay finite.</summary>
    public static double Surprise(double z)
    {
        var x = Math.Abs(z) / Math.Sqrt(2);
        return -LogErfc(x) / Math.Log(10);
    }

    public static double Erfc(double x) => x >= 0 ? Math.Exp(LogErfc(x)) : 2 - Math.Exp(LogErfc(-x));

    /// <summary>ln erfc(x) for x ≥ 0.</summary>
    private static double LogErfc(double x)
    {
        var t = 1 / (1 + (0.5 * x));
        var poly = -1.26551223 + (t * (1.00002368 + (t * (0.37409196 + (t * (0.09678418 + (t * (-0.18628806
            + (t * (0.27886807 + (t * (-1.13520398 + (t * (1.48851587 + (t * (-0.82215223 + (t * 0.17087277)))))))))))))))));
        return Math.Log(t) - (x * x) + poly;
    }
}
