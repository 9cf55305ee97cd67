namespace Assistant.Forecasting.Hierarchy;

/// <summary>
/// Minimum trace (MinT) reconciliation (Wickramasuriya, Athanasopoulos and Hyndman 2019): of all
/// unbiased coherent forecasts ỹ = S·G·ŷ, the one whose forecast errors have the smallest total
/// variance, G = (Sᵀ·W⁻¹·S)⁻¹·Sᵀ·W⁻¹, with W the covariance of the base forecasts' errors
/// (estimated from one-step in-sample residuals, see <see cref="MinTraceCovariance"/>). It is
/// generalised least squares of the base forecasts on S, solved here through Cholesky factors:
/// with W = L·Lᵀ, A = L⁻¹·S and c = L⁻¹·ŷ, the bottom forecasts are b̃ = (AᵀA)⁻¹·Aᵀc.
/// </summary>
public sealed class MinTrace(MinTraceCovariance covariance = MinTraceCovariance.Shrink) : IReconciler
{
    public MinTraceCovariance Covariance => covariance;

    public string Name => covariance switch
    {
        MinTraceCovariance.Identity => "OLS",
        MinTraceCovariance.Variance => "WLS (variance)",
        _ => "MinT (shrink)",
    };

    public ReconciledForecasts Reconcile(SeriesHierarchy hierarchy, BaseForecasts forecasts)
    {
        hierarchy.CheckRows(forecasts.Mean, nameof(forecasts));
        var (w, intensity) = ErrorCovariance(hierarchy, forecasts);
        return new ReconciledForecasts(Name, Reconcile(hierarchy, forecasts.Mean, w)) { ShrinkageIntensity = intensity };
    }

    /// <summary>The reconciled forecasts for a given covariance W (rows × rows, positive definite).</summary>
    public static double[][] Reconcile(SeriesHierarchy hierarchy, IReadOnlyList<double[]> mean, double[,] w)
    {
        hierarchy.CheckRows(mean, nameof(mean));
        var n = hierarchy.Count;
        var m = hierarchy.BottomCount;
        var horizon = mean[0].Length;
        var yHat = new double[n, horizon];
        for (var i = 0; i < n; i++)
        {
            for (var h = 0; h < horizon; h++)
            {
                yHat[i, h] = mean[i][h];
            }
        }

        var factor = Cholesky.Of(w);
        var a = factor.SolveLower(hierarchy.SummingMatrix());
        var c = factor.SolveLower(yHat);

        // Normal equations AᵀA·b = Aᵀc; AᵀA = Sᵀ·W⁻¹·S is positive definite because S has full column rank.
        var ata = new double[m, m];
        var atc = new double[m, horizon];
        for (var k = 0; k < n; k++)
        {
            for (var i = 0; i < m; i++)
            {
                var aki = a[k, i];
                if (aki == 0)
                {
                    continue;
                }

                for (var j = 0; j <= i; j++)
                {
                    ata[i, j] += aki * a[k, j];
                }

                for (var h = 0; h < horizon; h++)
                {
                    atc[i, h] += aki * c[k, h];
                }
            }
        }

        var bottom = Cholesky.Of(ata).Solve(atc);
        var bottomRows = new double[m][];
        for (var j = 0; j < m; j++)
        {
            bottomRows[j] = new double[horizon];
            for (var h = 0; h < horizon; h++)
            {
                bottomRows[j][h] = bottom[j, h];
            }
        }

        return hierarchy.Aggregate(bottomRows);
    }

    private (double[,] W, double? Intensity) ErrorCovariance(SeriesHierarchy hierarchy, BaseForecasts forecasts)
    {
        var n = hierarchy.Count;
        var w = new double[n, n];
        switch (covariance)
        {
            case MinTraceCovariance.Identity:
                for (var i = 0; i < n; i++)
                {
                    w[i, i] = 1;
                }

                return (w, null);
            case MinTraceCovariance.Variance:
                hierarchy.CheckRows(forecasts.Residuals, nameof(forecasts));
                var (x, periods) = ShrinkageCovariance.CommonPeriods(forecasts.Residuals);
                for (var i = 0; i < n; i++)
                {
                    w[i, i] = x[i].Sum(e => e * e) / periods;
                }

                return (w, null);
            default:
                hierarchy.CheckRows(forecasts.Residuals, nameof(forecasts));
                var estimate = ShrinkageCovariance.Of(forecasts.Residuals);
                return (estimate.Covariance, estimate.Intensity);
        }
    }
}
