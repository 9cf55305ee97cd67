using Assistant.Forecasting.Fitting;

namespace Assistant.Forecasting.Models.Ets;

/// <summary>
/// Fits one ETS form to a series by maximum likelihood. Seasonal starting states come from the
/// first cycles of the history (the cycle shape relative to its own mean); the smoothing
/// weights, damping, starting level and starting trend are then chosen by Nelder-Mead on the
/// likelihood, within the usual admissible bounds: 0 &lt; β ≤ α &lt; 1, 0 &lt; γ ≤ 1 − α, 0.8 ≤ φ ≤ 0.98.
/// </summary>
public static class EtsFitter
{
    public sealed record Fitted(EtsModel Model, double Likelihood, double Aicc, double Sigma, EtsModel.State State);

    public static Fitted? Fit(EtsForm form, ReadOnlySpan<double> y, int seasonLength, int maxEvaluations = 600)
    {
        var m = form.HasSeason ? seasonLength : 1;
        var season0 = form.HasSeason ? StartingSeason(y, m, form.Season == EtsSeason.Multiplicative) : [];
        var (level0, trend0) = StartingLevelAndTrend(y, m, season0, form.Season);
        var data = y.ToArray();

        // Parameter vector: alpha, beta, gamma, phi, level0, trend0 (only those the form uses).
        var usesTrend = form.HasTrend;
        var usesSeason = form.HasSeason;
        var damped = form.Trend == EtsTrend.Damped;
        var start = new List<double> { 0.2 };
        var steps = new List<double> { 0.1 };
        if (usesTrend) { start.Add(0.02); steps.Add(0.02); }
        if (usesSeason) { start.Add(0.05); steps.Add(0.05); }
        if (damped) { start.Add(0.95); steps.Add(0.02); }
        start.Add(level0); steps.Add(0.1 * Math.Abs(level0) + 1e-3);
        if (usesTrend) { start.Add(trend0); steps.Add(0.1 * Math.Abs(trend0) + 0.01 * Math.Abs(level0) / Math.Max(1, m) + 1e-4); }

        EtsModel Build(double[] p)
        {
            var i = 0;
            var alpha = p[i++];
            var beta = usesTrend ? p[i++] : 0;
            var gamma = usesSeason ? p[i++] : 0;
            var phi = damped ? p[i++] : 1;
            var level = p[i++];
            var trend = usesTrend ? p[i] : 0;
            return new EtsModel(form, m, alpha, beta, gamma, phi, level, trend, season0);
        }

        double Objective(double[] p)
        {
            var i = 0;
            var alpha = p[i++];
            var beta = usesTrend ? p[i++] : 0;
            var gamma = usesSeason ? p[i++] : 0;
            var phi = damped ? p[i] : 1;
            if (alpha is < 1e-4 or > 0.9999
                || (usesTrend && (beta < 1e-4 || beta > alpha))
                || (usesSeason && (gamma < 1e-4 || gamma > 1 - alpha))
                || (damped && phi is < 0.8 or > 0.98))
            {
                return double.PositiveInfinity;
            }

            return Build(p).Filter(data, out _, out _);
        }

        var best = NelderMead.Minimise(Objective, [.. start], [.. steps], maxEvaluations, 1e-7);
        if (!double.IsFinite(best.Value))
        {
            return null;
        }

        var model = Build(best.Point);
        var likelihood = model.Filter(data, out var sse, out var state);
        var n = data.Length;
        var k = model.ParameterCount;
        var aic = likelihood + 2 * k;
        var aicc = n - k - 1 > 0 ? aic + 2.0 * k * (k + 1) / (n - k - 1) : double.PositiveInfinity;
        var sigma = Math.Sqrt(sse / Math.Max(1, n - k));
        return new Fitted(model, likelihood, aicc, sigma, state);
    }

    /// <summary>
    /// The seasonal shape of the first cycles (up to four): each value against its own cycle's
    /// mean, averaged by position and normalised (indices average 1, or offsets sum to 0).
    /// </summary>
    private static double[] StartingSeason(ReadOnlySpan<double> y, int m, bool multiplicative)
    {
        var cycles = Math.Min(4, y.Length / m);
        var shape = new double[m];
        for (var c = 0; c < cycles; c++)
        {
            var cycle = y.Slice(c * m, m);
            var mean = 0.0;
            foreach (var v in cycle)
            {
                mean += v / m;
            }

            for (var i = 0; i < m; i++)
            {
                shape[i] += (multiplicative ? cycle[i] / mean : cycle[i] - mean) / cycles;
            }
        }

        var average = shape.Average();
        for (var i = 0; i < m; i++)
        {
            shape[i] = multiplicative ? shape[i] / average : shape[i] - average;
        }

        return shape;
    }

    /// <summary>A straight line through the first (deseasonalised) stretch of the series.</summary>
    private static (double Level, double Trend) StartingLevelAndTrend(ReadOnlySpan<double> y, int m, double[] season, EtsSeason seasonType)
    {
        var count = Math.Min(y.Length, Math.Max(10, 2 * m));
        var xs = new double[count];
        var ys = new double[count];
        for (var t = 0; t < count; t++)
        {
            xs[t] = t;
            ys[t] = seasonType switch
            {
                EtsSeason.Additive => y[t] - season[t % m],
                EtsSeason.Multiplicative => y[t] / season[t % m],
                _ => y[t],
            };
        }

        var meanX = xs.Average();
        var meanY = ys.Average();
        var sxy = 0.0;
        var sxx = 0.0;
        for (var t = 0; t < count; t++)
        {
            sxy += (xs[t] - meanX) * (ys[t] - meanY);
            sxx += (xs[t] - meanX) * (xs[t] - meanX);
        }

        var slope = sxx > 0 ? sxy / sxx : 0;
        return (meanY - slope * meanX, slope);
    }
}
