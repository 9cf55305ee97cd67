namespace Assistant.Defects.Nab;

/// <summary>Tail probabilities of the standard normal distribution.</summary>
public static class GaussianTail
{
    /// <summary>P(|Z| ≥ z) for a standard normal Z, i.e. erfc(z/√2).</summary>
    public static double TwoSided(double z) => Erfc(Math.Abs(z) / Math.Sqrt(2.0));

    /// <summary>
    /// The complementary error function by the Chebyshev-fitted exponential of Press et al.,
    /// Numerical Recipes §6.2 (fractional error below 1.2·10⁻⁷ everywhere), which keeps its
    /// relative accuracy far into the tail where 1 − erf would round to 0.
    /// </summary>
    public static double Erfc(double x)
    {
        var z = Math.Abs(x);
        var t = 1.0 / (1.0 + (0.5 * z));
        var polynomial = -1.26551223 + (t * (1.00002368 + (t * (0.37409196 + (t * (0.09678418 + (t * (-0.18628806
            + (t * (0.27886807 + (t * (-1.13520398 + (t * (1.48851587 + (t * (-0.82215223 + (t * 0.17087277)))))))))))))))));
        var value = t * Math.Exp((-z * z) + polynomial);
        return x >= 0 ? value : 2.0 - value;
    }
}
