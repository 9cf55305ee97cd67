namespace Assistant.Forecasting.Backtesting;

/// <summary>
/// Rolling-origin evaluation: the model is fitted on the history up to each origin and judged on
/// the next periods, which it never saw. Origins step back from the end of the series, the last
/// one leaving exactly <c>horizon</c> periods to compare against.
/// </summary>
public static class Backtest
{
    public sealed record Origin(int TrainLength, double[] Actual, Forecast Forecast);

    public sealed record Result(string Model, IReadOnlyList<Origin> Origins)
    {
        /// <summary>Weighted absolute percentage error over all origins: Σ|y − ŷ| / Σ|y|, in percent.</summary>
        public double WapePct
        {
            get
            {
                double error = 0, total = 0;
                foreach (var origin in Origins)
                {
                    for (var h = 0; h < origin.Actual.Length; h++)
                    {
                        error += Math.Abs(origin.Actual[h] - origin.Forecast.Mean[h]);
                        total += Math.Abs(origin.Actual[h]);
                    }
                }

                return total > 0 ? 100.0 * error / total : double.NaN;
            }
        }

        /// <summary>Share of actual values inside the 80% and 95% intervals.</summary>
        public (double Coverage80, double Coverage95) Coverage
        {
            get
            {
                int inside80 = 0, inside95 = 0, count = 0;
                foreach (var origin in Origins)
                {
                    for (var h = 0; h < origin.Actual.Length; h++)
                    {
                        var y = origin.Actual[h];
                        inside80 += y >= origin.Forecast.Lower80[h] && y <= origin.Forecast.Upper80[h] ? 1 : 0;
                        inside95 += y >= origin.Forecast.Lower95[h] && y <= origin.Forecast.Upper95[h] ? 1 : 0;
                        count++;
                    }
                }

                return count == 0 ? (double.NaN, double.NaN) : (inside80 / (double)count, inside95 / (double)count);
            }
        }
    }

    /// <summary>
    /// Runs the model from <paramref name="origins"/> origins spaced <paramref name="step"/>
    /// periods apart. The model receives a copy of the history cut at the origin, so it cannot
    /// see the periods it is judged on.
    /// </summary>
    public static Result Run(IForecaster model, TimeSeries series, int horizon, int origins, int step)
    {
        if (horizon < 1 || origins < 1 || step < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(horizon), "Horizon, origins and step must be at least 1.");
        }

        // Origins are independent fits: run them on all cores, keep them in time order.
        var trainLengths = Enumerable.Range(0, origins).Reverse()
            .Select(k => series.Length - horizon - k * step)
            .Where(length => length >= 2)
            .ToArray();
        var results = new Origin[trainLengths.Length];
        Parallel.For(0, trainLengths.Length, i =>
        {
            var trainLength = trainLengths[i];
            var history = series with { Values = series.Values[..trainLength] };
            var forecast = model.Forecast(history, horizon);
            results[i] = new Origin(trainLength, series.Values[trainLength..(trainLength + horizon)], forecast);
        });

        return new Result(model.Name, results);
    }
}
