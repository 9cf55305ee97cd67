namespace Assistant.Defects.ChangePoints;

/// <summary>
/// Bayesian online change-point detection (Adams and MacKay 2007): a posterior over the run
/// length (rows since the last change) updated one reading at a time with a constant hazard.
/// Each stretch is Normal with unknown mean and variance under a Normal-Gamma prior, so its
/// predictive is a Student t and its update is a few sums.
/// <para>
/// The prior for a new stretch is set from the past only: its mean at the previous reading and
/// its variance at the noise variance of recent consecutive differences, which keeps the detector
/// scale-free without looking ahead. The posterior mass on a change at this row alone is always
/// the hazard (the new stretch has no readings yet), so the reported probability is the mass on
/// a change within the last few rows, which rises as the evidence for a new stretch comes in.
/// </para>
/// </summary>
public sealed class OnlineChangeDetector
{
    /// <summary>Consecutive differences the new-stretch variance is estimated from.</summary>
    private const int DifferenceWindow = 64;

    /// <summary>Prior shape: 1 makes a new stretch's predictive a t with 2 degrees of freedom, wide-tailed as it should be.</summary>
    private const double PriorShape = 1;

    private readonly OnlineChangeOptions _options;
    private readonly double[] _logGammaRatio;

    public OnlineChangeDetector(OnlineChangeOptions? options = null)
    {
        _options = options ?? OnlineChangeOptions.Default;
        _options.Check();

        // Every stretch starts from the same prior shape, so its shape after r readings is
        // PriorShape + r/2 and the t density's gamma ratio depends on r alone.
        _logGammaRatio = new double[_options.MaxRunLength + 1];
        for (var r = 0; r <= _options.MaxRunLength; r++)
        {
            var shape = PriorShape + (r / 2.0);
            _logGammaRatio[r] = LogGamma.Of(shape + 0.5) - LogGamma.Of(shape);
        }
    }

    public OnlineChangeOptions Options => _options;

    public IReadOnlyList<ChangeProbability> Detect(IReadOnlyList<MetricPoint> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var max = _options.MaxRunLength;
        var hazard = 1 / _options.ExpectedRunLength;

        // Index r holds the stretch with r readings so far: its probability and posterior.
        var probability = new double[max + 1];
        var mean = new double[max + 1];
        var weight = new double[max + 1];
        var rate = new double[max + 1];
        var next = (Probability: new double[max + 1], Mean: new double[max + 1], Weight: new double[max + 1], Rate: new double[max + 1]);
        var logPosterior = new double[max + 1];
        var count = 0; // run lengths in use: 0..count-1
        var seen = 0; // readings so far: the stretch that began with the series has this length
        var differences = new double[DifferenceWindow];
        var scratch = new double[DifferenceWindow];
        var differenceCount = 0;
        var previous = double.NaN;
        var result = new ChangeProbability[series.Count];

        for (var row = 0; row < series.Count; row++)
        {
            var x = series[row].Value;
            if (!double.IsFinite(x))
            {
                result[row] = row == 0
                    ? new ChangeProbability(series[row].Timestamp, 0, 0)
                    : result[row - 1] with { Timestamp = series[row].Timestamp };
                continue;
            }

            if (count == 0)
            {
                // Before any reading: one empty stretch with the prior.
                var (priorMean, priorRate) = Prior(previous, x, differences, scratch, differenceCount);
                probability[0] = 1;
                mean[0] = priorMean;
                weight[0] = _options.PriorWeight;
                rate[0] = priorRate;
                count = 1;
            }

            // Predictive log density of x under each stretch, plus its log probability.
            var top = double.NegativeInfinity;
            for (var r = 0; r < count; r++)
            {
                var shape = PriorShape + (r / 2.0);
                var scale2 = rate[r] * (weight[r] + 1) / (shape * weight[r]);
                var dof = 2 * shape;
                var d = x - mean[r];
                var logDensity = _logGammaRatio[r] - (0.5 * Math.Log(dof * Math.PI * scale2))
                    - ((dof + 1) / 2 * Math.Log(1 + (d * d / (dof * scale2))));
                logPosterior[r] = Math.Log(probability[r]) + logDensity;
                top = Math.Max(top, logPosterior[r]);
            }

            // Grow every stretch by this reading, or end it here (the hazard) and start an empty
            // one. The longest kept run length absorbs the ones that would outgrow it, with the
            // statistics of whichever is likelier; those keep a fixed weight (forgetting the
            // oldest reading as they take a new one), so the t density's shape still matches r.
            var grown = Math.Min(count + 1, max + 1);
            var changeMass = 0.0;
            var total = 0.0;
            for (var r = 0; r < count; r++)
            {
                var mass = Math.Exp(logPosterior[r] - top);
                changeMass += mass * hazard;
                var kept = mass * (1 - hazard);
                total += kept;
                var target = Math.Min(r + 1, max);
                var merging = r == max;
                if (merging)
                {
                    var larger = kept > next.Probability[target];
                    next.Probability[target] += kept;
                    if (!larger)
                    {
                        continue;
                    }
                }
                else
                {
                    next.Probability[target] = kept;
                }

                var w = weight[r];
                var d = x - mean[r];
                var shape = PriorShape + (r / 2.0);
                var rateAfter = rate[r] + (w * d * d / (2 * (w + 1)));
                next.Mean[target] = ((w * mean[r]) + x) / (w + 1);
                next.Weight[target] = merging ? w : w + 1;
                next.Rate[target] = merging ? rateAfter * shape / (shape + 0.5) : rateAfter;
            }

            if (!double.IsNaN(previous))
            {
                differences[differenceCount % DifferenceWindow] = Math.Abs(x - previous);
                differenceCount++;
            }

            previous = x;
            var (newMean, newRate) = Prior(previous, x, differences, scratch, differenceCount);
            next.Probability[0] = changeMass;
            next.Mean[0] = newMean;
            next.Weight[0] = _options.PriorWeight;
            next.Rate[0] = newRate;
            total += changeMass;

            seen++;
            var recent = 0.0;
            var likeliest = 0;
            for (var r = 0; r < grown; r++)
            {
                next.Probability[r] /= total;

                // The stretch that began with the series did not begin with a change.
                if (r <= _options.RecentRows && r != seen)
                {
                    recent += next.Probability[r];
                }

                if (next.Probability[r] > next.Probability[likeliest])
                {
                    likeliest = r;
                }
            }

            (probability, next.Probability) = (next.Probability, probability);
            (mean, next.Mean) = (next.Mean, mean);
            (weight, next.Weight) = (next.Weight, weight);
            (rate, next.Rate) = (next.Rate, rate);
            count = grown;
            result[row] = new ChangeProbability(series[row].Timestamp, Math.Clamp(recent, 0, 1), likeliest);
        }

        return result;
    }

    /// <summary>
    /// A new stretch's prior mean (the latest reading) and rate (so that the prior variance,
    /// rate / shape, is the noise variance estimated from recent consecutive differences).
    /// </summary>
    private static (double Mean, double Rate) Prior(double previous, double x, double[] differences, double[] scratch, int differenceCount)
    {
        var level = double.IsNaN(previous) ? x : previous;
        var n = Math.Min(differenceCount, differences.Length);
        var spread = 0.0;
        if (n >= 1)
        {
            differences.AsSpan(0, n).CopyTo(scratch);
            var median = RobustStatistics.Median(scratch.AsSpan(0, n));
            spread = median / 0.6744897501960817 / Math.Sqrt(2);
            if (spread == 0)
            {
                var average = 0.0;
                for (var i = 0; i < n; i++)
                {
                    average += differences[i] / n;
                }

                spread = average * 1.2533141373155 / Math.Sqrt(2);
            }
        }

        // With nothing to measure the noise by (no differences yet, or all of them zero) a new
        // stretch gets a thousandth of the level: not so sharp that it outbids an established
        // stretch on a flat series, and the first real readings correct it.
        if (spread == 0)
        {
            spread = 1e-3 * Math.Max(1, Math.Abs(level));
        }

        return (level, PriorShape * spread * spread);
    }
}
