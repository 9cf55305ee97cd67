namespace Assistant.Forecasting.Hierarchy;

/// <summary>
/// The covariance of one-step residuals shrunk toward its diagonal (Schäfer and Strimmer 2005,
/// target "D": the variances kept, the correlations pulled toward zero), as MinT(Shrink) uses it:
/// W = λ·diag(Σ̂) + (1 − λ)·Σ̂. With a few dozen residuals and hundreds of series the sample
/// covariance Σ̂ is singular; shrinking makes it invertible and steadier.
/// <para>
/// The intensity is the estimated optimum λ = Σ_{i≠j} Var(r̂_ij) / Σ_{i≠j} r̂_ij², clamped to
/// [0, 1], where r̂_ij are the sample correlations. Σ̂ is the uncentred second moment
/// (1/T)·Σ_t e_t·e_tᵀ, because one-step residuals of a sound model have mean zero and a mean
/// estimated per series would only add noise; this is also how Wickramasuriya et al. compute it.
/// Var(r̂_ij) is estimated from the products w_t = x_it·x_jt of the residuals standardised by
/// that second moment, so that r̂_ij = w̄: Var(r̂) = Var(w)/T = Σ_t (w_t − w̄)² / (T(T − 1)).
/// This is Schäfer and Strimmer's n/(n − 1)³·Σ(w − w̄)², which is written for standardising by
/// the unbiased variance, restated for the 1/T moment (as Wickramasuriya et al.'s code does).
/// </para>
/// </summary>
public static class ShrinkageCovariance
{
    public sealed record Estimate(double[,] Covariance, double Intensity, int Periods);

    /// <summary>
    /// The shrunk covariance of <paramref name="residuals"/> (one array per series, aligned in
    /// time). Only the periods where every series has a finite residual are used.
    /// </summary>
    public static Estimate Of(IReadOnlyList<double[]> residuals)
    {
        var (x, periods) = CommonPeriods(residuals);
        var n = x.Length;
        var variance = new double[n];
        for (var i = 0; i < n; i++)
        {
            var sum = 0.0;
            foreach (var e in x[i])
            {
                sum += e * e;
            }

            variance[i] = sum / periods;
            if (!(variance[i] > 0))
            {
                throw new InvalidOperationException($"Series {i} has residuals that are all zero; its forecast error covariance cannot be estimated.");
            }
        }

        // Standardised residuals, so that sums of products are correlations.
        var z = new double[n][];
        for (var i = 0; i < n; i++)
        {
            var scale = 1 / Math.Sqrt(variance[i]);
            z[i] = x[i].Select(e => e * scale).ToArray();
        }

        var correlation = new double[n, n];
        double varianceOfCorrelations = 0, squaredCorrelations = 0;
        for (var i = 0; i < n; i++)
        {
            correlation[i, i] = 1;
            var zi = z[i];
            for (var j = 0; j < i; j++)
            {
                var zj = z[j];
                double sum = 0, sumSquares = 0;
                for (var t = 0; t < periods; t++)
                {
                    var w = zi[t] * zj[t];
                    sum += w;
                    sumSquares += w * w;
                }

                var r = sum / periods;
                correlation[i, j] = correlation[j, i] = r;
                squaredCorrelations += 2 * r * r;
                varianceOfCorrelations += 2 * (sumSquares - sum * sum / periods) / (periods * (periods - 1.0));
            }
        }

        var intensity = squaredCorrelations > 0 ? Math.Clamp(varianceOfCorrelations / squaredCorrelations, 0, 1) : 1;
        var covariance = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            covariance[i, i] = variance[i];
            for (var j = 0; j < i; j++)
            {
                covariance[i, j] = covariance[j, i] = (1 - intensity) * correlation[i, j] * Math.Sqrt(variance[i] * variance[j]);
            }
        }

        return new Estimate(covariance, intensity, periods);
    }

    /// <summary>The residuals at the periods where all of them are finite, one array per series.</summary>
    internal static (double[][] Residuals, int Periods) CommonPeriods(IReadOnlyList<double[]> residuals)
    {
        if (residuals.Count == 0)
        {
            throw new ArgumentException("There are no series.", nameof(residuals));
        }

        var length = residuals[0].Length;
        if (residuals.Any(r => r.Length != length))
        {
            throw new ArgumentException("The residual series differ in length; they must be aligned in time.", nameof(residuals));
        }

        var keep = Enumerable.Range(0, length).Where(t => residuals.All(r => double.IsFinite(r[t]))).ToArray();
        if (keep.Length < 2)
        {
            throw new ArgumentException($"Only {keep.Length} periods have a residual for every series; at least 2 are needed.", nameof(residuals));
        }

        return ([.. residuals.Select(r => keep.Select(t => r[t]).ToArray())], keep.Length);
    }
}
