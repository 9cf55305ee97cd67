namespace Assistant.Forecasting.Models.Ets;

/// <summary>
/// A fitted exponential smoothing model in state-space form (Hyndman, Koehler, Ord and Snyder,
/// 2008): smoothing weights, the states at the start of the series, and what the fit found. The
/// same recursions filter the history, forecast the mean and simulate future paths.
/// </summary>
public sealed class EtsModel
{
    public EtsModel(EtsForm form, int seasonLength, double alpha, double beta, double gamma, double phi, double level0, double trend0, double[] season0)
    {
        Form = form;
        SeasonLength = form.HasSeason ? seasonLength : 1;
        Alpha = alpha;
        Beta = form.HasTrend ? beta : 0;
        Gamma = form.HasSeason ? gamma : 0;
        Phi = form.Trend == EtsTrend.Damped ? phi : 1;
        Level0 = level0;
        Trend0 = form.HasTrend ? trend0 : 0;
        Season0 = form.HasSeason ? season0 : [];
    }

    public EtsForm Form { get; }
    public int SeasonLength { get; }
    public double Alpha { get; }
    public double Beta { get; }
    public double Gamma { get; }
    public double Phi { get; }
    public double Level0 { get; }
    public double Trend0 { get; }
    public double[] Season0 { get; }

    /// <summary>Smoothing weights plus initial states plus the error variance: what AICc counts.</summary>
    public int ParameterCount => 2 + (Form.HasTrend ? 2 : 0) + (Form.Trend == EtsTrend.Damped ? 1 : 0) + (Form.HasSeason ? SeasonLength : 0) + 1;

    /// <summary>The states after the last observation, ready to forecast from.</summary>
    public sealed record State(double Level, double Trend, double[] Season, int NextSeasonIndex);

    /// <summary>
    /// Runs the recursions over the history. Returns twice the negative log likelihood with
    /// the variance concentrated out (constants included, so that additive- and
    /// multiplicative-error forms compare), or +infinity when the path leaves the admissible
    /// region (a multiplicative form whose level, season or mean turns non-positive). When
    /// <paramref name="oneStepMeans"/> is given (as long as the history), it receives each period's
    /// one-step-ahead mean ŷ_{t|t−1}: the in-sample fitted values, in the same single pass.
    /// </summary>
    public double Filter(ReadOnlySpan<double> y, out double sumSquaredErrors, out State final, Span<double> oneStepMeans = default)
    {
        var keepMeans = oneStepMeans.Length >= y.Length && y.Length > 0;
        var m = SeasonLength;
        var level = Level0;
        var trend = Trend0;
        var season = Form.HasSeason ? (double[])Season0.Clone() : [];
        var sse = 0.0;
        var sumLogMean = 0.0;
        final = new State(level, trend, season, 0);
        sumSquaredErrors = double.PositiveInfinity;
        var multiplicativeError = Form.Error == EtsError.Multiplicative;
        for (var t = 0; t < y.Length; t++)
        {
            var index = t % m;
            var (mean, baseLevel) = OneStep(level, trend, season, index);
            if (keepMeans)
            {
                oneStepMeans[t] = mean;
            }

            if (multiplicativeError && mean <= 1e-10)
            {
                return double.PositiveInfinity;
            }

            var error = multiplicativeError ? (y[t] - mean) / mean : y[t] - mean;
            sse += error * error;
            if (multiplicativeError)
            {
                sumLogMean += Math.Log(Math.Abs(mean));
            }

            if (!Update(ref level, ref trend, season, index, baseLevel, mean, error))
            {
                return double.PositiveInfinity;
            }
        }

        var n = y.Length;
        sumSquaredErrors = sse;
        final = new State(level, trend, season, y.Length % m);
        if (!(sse > 0) || !double.IsFinite(sse))
        {
            return sse == 0 ? -1e12 : double.PositiveInfinity;
        }

        return n * Math.Log(sse / n) + 2 * sumLogMean + n * (Math.Log(2 * Math.PI) + 1);
    }

    /// <summary>The mean forecast for 1..horizon periods after the state.</summary>
    public double[] ForecastMean(State state, int horizon)
    {
        var mean = new double[horizon];
        var damping = 0.0;
        var power = 1.0;
        for (var h = 1; h <= horizon; h++)
        {
            if (Form.HasTrend)
            {
                power *= Phi;
                damping += Form.Trend == EtsTrend.Damped ? power : 1.0;
            }

            var baseLevel = state.Level + damping * state.Trend;
            mean[h - 1] = Form.Season switch
            {
                EtsSeason.Additive => baseLevel + state.Season[(state.NextSeasonIndex + h - 1) % SeasonLength],
                EtsSeason.Multiplicative => baseLevel * state.Season[(state.NextSeasonIndex + h - 1) % SeasonLength],
                _ => baseLevel,
            };
        }

        return mean;
    }

    /// <summary>
    /// Future paths drawn by running the recursions forward with normal errors of the fitted
    /// variance; their quantiles give prediction intervals for every form alike.
    /// </summary>
    public double[][] SimulatePaths(State state, int horizon, double sigma, int paths, int seed)
    {
        var random = new Random(seed);
        var result = new double[paths][];
        var multiplicativeError = Form.Error == EtsError.Multiplicative;
        var season = new double[state.Season.Length];
        for (var p = 0; p < paths; p++)
        {
            var level = state.Level;
            var trend = state.Trend;
            Array.Copy(state.Season, season, season.Length);
            var path = new double[horizon];
            for (var h = 0; h < horizon; h++)
            {
                var index = (state.NextSeasonIndex + h) % SeasonLength;
                var (mean, baseLevel) = OneStep(level, trend, season, index);
                var error = sigma * Normal(random);
                path[h] = multiplicativeError ? mean * (1 + error) : mean + error;
                if (!Update(ref level, ref trend, season, index, baseLevel, mean, error))
                {
                    // A path that leaves the admissible region stays where it is.
                    for (var rest = h + 1; rest < horizon; rest++)
                    {
                        path[rest] = path[h];
                    }

                    break;
                }
            }

            result[p] = path;
        }

        return result;
    }

    private (double Mean, double BaseLevel) OneStep(double level, double trend, double[] season, int index)
    {
        var baseLevel = level + Phi * trend;
        var mean = Form.Season switch
        {
            EtsSeason.Additive => baseLevel + season[index],
            EtsSeason.Multiplicative => baseLevel * season[index],
            _ => baseLevel,
        };
        return (mean, baseLevel);
    }

    /// <summary>The state update equations for each error and season type (HKOS 2008, table 2.3).</summary>
    private bool Update(ref double level, ref double trend, double[] season, int index, double baseLevel, double mean, double error)
    {
        var s = Form.HasSeason ? season[index] : 0.0;
        if (Form.Error == EtsError.Additive)
        {
            switch (Form.Season)
            {
                case EtsSeason.None:
                    level = baseLevel + Alpha * error;
                    trend = Phi * trend + Beta * error;
                    break;
                case EtsSeason.Additive:
                    level = baseLevel + Alpha * error;
                    trend = Phi * trend + Beta * error;
                    season[index] = s + Gamma * error;
                    break;
                default:
                    if (s <= 1e-10 || baseLevel <= 1e-10)
                    {
                        return false;
                    }

                    level = baseLevel + Alpha * error / s;
                    trend = Phi * trend + Beta * error / s;
                    season[index] = s + Gamma * error / baseLevel;
                    break;
            }
        }
        else
        {
            switch (Form.Season)
            {
                case EtsSeason.None:
                    level = baseLevel * (1 + Alpha * error);
                    trend = Phi * trend + Beta * baseLevel * error;
                    break;
                case EtsSeason.Additive:
                    level = baseLevel + Alpha * mean * error;
                    trend = Phi * trend + Beta * mean * error;
                    season[index] = s + Gamma * mean * error;
                    break;
                default:
                    level = baseLevel * (1 + Alpha * error);
                    trend = Phi * trend + Beta * baseLevel * error;
                    season[index] = s * (1 + Gamma * error);
                    if (season[index] <= 1e-10)
                    {
                        return false;
                    }

                    break;
            }

            if (level <= 1e-10)
            {
                return false;
            }
        }

        return double.IsFinite(level) && double.IsFinite(trend);
    }

    private static double Normal(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
