namespace Assistant.Defects;

/// <summary>
/// Tail probabilities of the standard normal, written out because the repository has no maths
/// library: erfc by the Chebyshev-fitted exponential of Numerical Recipes §6.2 (relative error below
/// 1.2e-7), which keeps its accuracy far into the tail where 1 - Φ(z) would round to zero. Used by
/// the anomaly detector (as a surprise) and by the NAB reference windowed Gaussian (as a probability).
/// </summary>
public static class NormalTail
{
    /// <summary>P(|Z| ≥ z) for a standard normal Z, i.e. erfc(z/√2).</summary>
    public static double TwoSided(double z) => Erfc(Math.Abs(z) / Math.Sqrt(2));

    /// <summary>-log10 of the two-sided tail: "how surprising", computed in logs so huge z stay finite.</summary>
    public static double Surprise(double z)
    {
        var x = Math.Abs(z) / Math.Sqrt(2);
        return -LogErfc(x) / Math.Log(10);
    }

    public static double Erfc(double x)
    {
        var z = Math.Abs(x);
        var (t, poly) = Fit(z);
        var value = t * Math.Exp((-z * z) + poly);
        return x >= 0 ? value : 2 - value;
    }

    /// <summary>ln erfc(x) for x ≥ 0.</summary>
    private static double LogErfc(double x)
    {
        var (t, poly) = Fit(x);
        return Math.Log(t) - (x * x) + poly;
    }

    /// <summary>The fit's t and polynomial at x ≥ 0: erfc(x) = t · exp(-x² + poly).</summary>
    private static (double T, double Poly) Fit(double x)
    {
        var t = 1 / (1 + (0.5 * x));
        var poly = -1.26551223 + (t * (1.00002368 + (t * (0.37409196 + (t * (0.09678418 + (t * (-0.18628806
            + (t * (0.27886807 + (t * (-1.13520398 + (t * (1.48851587 + (t * (-0.82215223 + (t * 0.17087277)))))))))))))))));
        return (t, poly);
    }
}
