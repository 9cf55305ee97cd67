namespace Assistant.Forecasting.Models;

/// <summary>
/// The simple prediction intervals of the benchmark models: normal intervals around the point
/// path, mean ± z·σ·g(k), where σ is the root mean square of the model's in-sample one-step
/// errors and g(k) says how the error grows k periods ahead (√k for a random walk). For models
/// fitted on a seasonally adjusted series the interval is built on the adjusted scale and
/// multiplied by the seasonal index like the mean, so it widens at the seasonal peaks.
/// </summary>
internal static class NaiveIntervals
{
    public const double Z80 = 1.2815515655446004;
    public const double Z95 = 1.959963984540054;

    /// <summary>Root mean square of the in-sample errors of forecasting x_t by x_{t−lag}.</summary>
    public static double LagErrorScale(ReadOnlySpan<double> values, int lag)
    {
        if (values.Length <= lag)
        {
            return 0;
        }

        var sum = 0.0;
        for (var t = lag; t < values.Length; t++)
        {
            var e = values[t] - values[t - lag];
            sum += e * e;
        }

        return Math.Sqrt(sum / (values.Length - lag));
    }

    /// <param name="model">The model's name.</param>
    /// <param name="path">The point path on the adjusted scale, period 1 ahead first.</param>
    /// <param name="sigma">The one-step error scale on the adjusted scale.</param>
    /// <param name="growth">g(k): the k-step standard error over σ (k = 1, 2, ...).</param>
    /// <param name="adjustment">The seasonal adjustment to undo (<see cref="SeasonalAdjustment.None"/> when there is none).</param>
    public static Forecast Around(string model, double[] path, double sigma, Func<int, double> growth, SeasonalAdjustment adjustment)
    {
        var h = path.Length;
        double[] mean = new double[h], lower80 = new double[h], upper80 = new double[h], lower95 = new double[h], upper95 = new double[h];
        for (var k = 1; k <= h; k++)
        {
            var index = adjustment.IndexAhead(k);
            var se = sigma * growth(k);
            var centre = path[k - 1];
            mean[k - 1] = centre * index;
            lower80[k - 1] = (centre - Z80 * se) * index;
            upper80[k - 1] = (centre + Z80 * se) * index;
            lower95[k - 1] = (centre - Z95 * se) * index;
            upper95[k - 1] = (centre + Z95 * se) * index;
        }

        return new Forecast(model, mean, lower80, upper80, lower95, upper95);
    }
}
