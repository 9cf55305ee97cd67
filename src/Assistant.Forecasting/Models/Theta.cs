namespace Assistant.Forecasting.Models;

/// <summary>
/// The standard Theta method (Assimakopoulos and Nikolopoulos, 2000), as the M4 benchmark runs it:
/// seasonally adjust (classical multiplicative decomposition when the 90% autocorrelation test at
/// lag m passes), split the adjusted series into its straight line (theta = 0) and the line's
/// residual doubled (theta = 2), extrapolate the first and smooth the second with SES, average the
/// two, and put the season back. Intervals are normal around the path, with σ the root mean square
/// of the method's own in-sample one-step errors and the SES growth √(1 + (k − 1)α²).
/// </summary>
public sealed class Theta : IForecaster
{
    public string Name => "Theta";

    public Forecast Forecast(TimeSeries series, int horizon)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(horizon, 1);
        ArgumentOutOfRangeException.ThrowIfZero(series.Values.Length, nameof(series));
        var adjustment = ClassicalDecomposition.Adjust(series.Values, series.SeasonLength);
        var y = adjustment.Adjusted;
        var n = y.Length;
        var (intercept, slope) = Line(y);
        var thetaTwo = new double[n];
        for (var t = 0; t < n; t++)
        {
            thetaTwo[t] = 2 * y[t] - (intercept + slope * (t + 1));
        }

        var fit = SimpleExponentialSmoothing.Fit(thetaTwo);
        var path = new double[horizon];
        for (var k = 1; k <= horizon; k++)
        {
            path[k - 1] = 0.5 * (intercept + slope * (n + k)) + 0.5 * fit.FinalLevel;
        }

        var sigma = OneStepErrorScale(y, intercept, slope, fit);
        var alpha = fit.Alpha;
        return NaiveIntervals.Around(Name, path, sigma, k => Math.Sqrt(1 + (k - 1) * alpha * alpha), adjustment) with
        {
            Fit = new ModelFit(adjustment.IsSeasonal ? "Theta on the seasonally adjusted series" : "Theta",
                new Dictionary<string, double> { ["alpha"] = alpha, ["slope"] = slope }, null, sigma),
        };
    }

    /// <summary>Least squares line through (1, y_1) ... (n, y_n).</summary>
    private static (double Intercept, double Slope) Line(double[] y)
    {
        var n = y.Length;
        if (n < 2)
        {
            return (y[0], 0);
        }

        var meanT = (n + 1) / 2.0;
        var meanY = y.Average();
        double sty = 0, stt = 0;
        for (var t = 0; t < n; t++)
        {
            sty += (t + 1 - meanT) * (y[t] - meanY);
            stt += (t + 1 - meanT) * (t + 1 - meanT);
        }

        var slope = sty / stt;
        return (meanY - slope * meanT, slope);
    }

    /// <summary>In-sample one-step errors of the averaged forecast: half the line plus half the SES level before each value.</summary>
    private static double OneStepErrorScale(double[] y, double intercept, double slope, SimpleExponentialSmoothing.SmoothingFit fit)
    {
        var level = fit.InitialLevel;
        var sum = 0.0;
        for (var t = 0; t < y.Length; t++)
        {
            var prediction = 0.5 * (intercept + slope * (t + 1)) + 0.5 * level;
            var error = y[t] - prediction;
            sum += error * error;
            var thetaTwo = 2 * y[t] - (intercept + slope * (t + 1));
            level += fit.Alpha * (thetaTwo - level);
        }

        return Math.Sqrt(sum / y.Length);
    }
}
