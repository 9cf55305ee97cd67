namespace Assistant.Defects.Anomalies;

/// <summary>
/// The usual value of a series, learnt one row at a time from the rows before: a level (with an
/// optional slope) smoothed exponentially from residuals clipped at a few spreads, plus a seasonal
/// profile that is the median of the last few cycles' same-phase deviations from the level. The
/// spread is robust (from the median and the 90th percentile of recent absolute residuals), and a
/// two-sided CUSUM on the capped z accumulates deviations that persist; when it crosses its
/// threshold the level (or slope) is re-anchored at once instead of being dragged there slowly,
/// which is what separates a shift from a run of spikes.
/// </summary>
internal sealed class Baseline
{
    /// <summary>Residuals needed before the spread, and so any z, is trusted.</summary>
    public const int MinResiduals = 10;

    /// <summary>
    /// Once the residual window is full the spread is re-measured every this many rows: it moves
    /// slowly, and measuring it is most of the per-row cost.
    /// </summary>
    private const int SpreadRefresh = 4;

    /// <summary>The longest CUSUM run remembered for re-anchoring.</summary>
    private const int RunMemory = 64;

    /// <summary>A run this short is too little to tell a ramp from a step; it is a shift.</summary>
    private const int MinTrendRun = 6;

    // Normal quantiles that turn the median and 90th percentile of |residual| into a standard deviation.
    private const double MedianAbsZ = 0.6744897501960817;
    private const double Percentile90AbsZ = 1.6448536269514722;
    private const double Percentile98AbsZ = 2.3263478740408408;

    private readonly AnomalyOptions _options;
    private readonly int _period;
    private readonly double[] _profile;
    private readonly int[] _profileCount;
    private readonly int[] _profileNext;
    private readonly double[] _firstCycle;
    private readonly int[] _firstCyclePhase;
    private readonly double[] _residuals;
    private readonly double[] _scratch;
    private readonly double[] _run = new double[RunMemory];
    private int _firstCycleCount;
    private int _residualCount;
    private int _residualNext;
    private int _runNext;
    private int _upRun;
    private int _downRun;
    private double _level;
    private double _slope;
    private double _up;
    private double _down;
    private long _observed;
    private long _lastShiftAt;
    private int _lastShiftSign;
    private double _season;
    private int _phase;
    private int _sinceMeasured = int.MaxValue;
    private long _sinceAnchor;

    public Baseline(AnomalyOptions options, int period)
    {
        _options = options;
        _period = period;
        _profile = new double[period * options.SeasonMemory];
        _profileCount = new int[period];
        _profileNext = new int[period];
        _firstCycle = new double[period];
        _firstCyclePhase = new int[period];
        _residuals = new double[options.ScaleWindow];
        _scratch = new double[options.ScaleWindow];
    }

    /// <summary>Whether the level has been started (after one full cycle).</summary>
    public bool Started { get; private set; }

    /// <summary>The prediction for the row last given to <see cref="Predict"/>; NaN before the start.</summary>
    public double Expected { get; private set; } = double.NaN;

    /// <summary>The usual spread of residuals (a standard deviation); NaN until enough residuals are in.</summary>
    public double Spread { get; private set; } = double.NaN;

    /// <summary>
    /// The mean absolute residual over the same window: not robust, on purpose. It is what the
    /// flat and seasonal baselines are compared by, and a baseline that keeps missing and
    /// re-anchoring (a flat one chasing a daily wave) should pay for every miss.
    /// </summary>
    public double MeanMiss { get; private set; } = double.NaN;

    public bool Ready => !double.IsNaN(Spread);

    /// <summary>Predicts the coming row from the rows before it.</summary>
    public void Predict(int phase)
    {
        _phase = phase;
        if (!Started)
        {
            Expected = double.NaN;
            Spread = double.NaN;
            return;
        }

        _season = SeasonAt(phase);
        Expected = _level + _slope + _season;
        if (_residualCount < MinResiduals)
        {
            Spread = double.NaN;
            MeanMiss = double.NaN;
        }
        else if (_residualCount < _residuals.Length || _sinceMeasured >= SpreadRefresh)
        {
            (Spread, MeanMiss) = MeasureSpread();
            _sinceMeasured = 0;
        }
    }

    /// <summary>Takes in the row's reading (after <see cref="Predict"/>) and says what it made of it.</summary>
    public BaselineReading Observe(double value)
    {
        if (!Started)
        {
            Collect(value);
            return new BaselineReading(double.NaN, double.NaN, 0, AnomalyKind.None);
        }

        var residual = value - Expected;
        var z = Ready ? residual / Spread : double.NaN;
        var clipped = Ready ? Math.Clamp(residual, -_options.UpdateClip * Spread, _options.UpdateClip * Spread) : residual;
        var cusum = 0.0;
        var change = AnomalyKind.None;
        if (Ready)
        {
            var step = Math.Clamp(z, -_options.ShiftStepCap, _options.ShiftStepCap);
            _up = Math.Max(0, _up + step - _options.ShiftAllowance);
            _down = Math.Max(0, _down - step - _options.ShiftAllowance);
            _upRun = _up > 0 ? _upRun + 1 : 0;
            _downRun = _down > 0 ? _downRun + 1 : 0;
            _run[_runNext] = residual;
            _runNext = (_runNext + 1) % RunMemory;
            cusum = Math.Max(_up, _down);
            if (cusum >= _options.ShiftThreshold)
            {
                change = Reanchor(_up >= _down ? 1 : -1);
            }
        }

        if (change == AnomalyKind.None)
        {
            // A plain running mean at first, and again after a re-anchoring, so the level is not
            // pinned to the first reading or to the few that a shift was anchored on.
            var alpha = Math.Max(_options.LevelSmoothing, 1.0 / (_sinceAnchor + 1));
            _level += _slope + (alpha * clipped);
            Remember(_phase, _season + clipped);
        }
        else
        {
            var deviation = value - _level;
            Remember(_phase, Ready ? Math.Clamp(deviation, _season - (_options.UpdateClip * Spread), _season + (_options.UpdateClip * Spread)) : deviation);
        }

        _residuals[_residualNext] = residual;
        _residualNext = (_residualNext + 1) % _residuals.Length;
        _residualCount = Math.Min(_residualCount + 1, _residuals.Length);
        _sinceMeasured++;
        _sinceAnchor++;
        _observed++;
        return new BaselineReading(residual, z, cusum, change);
    }

    /// <summary>The first cycle is gathered whole: its mean starts the level and its deviations the profile.</summary>
    private void Collect(double value)
    {
        _firstCycle[_firstCycleCount] = value;
        _firstCyclePhase[_firstCycleCount] = _phase;
        _firstCycleCount++;
        if (_firstCycleCount < _period)
        {
            return;
        }

        _level = _firstCycle.Average();
        for (var i = 0; i < _period; i++)
        {
            Remember(_firstCyclePhase[i], _firstCycle[i] - _level);
        }

        _observed = _period;
        _sinceAnchor = _period;
        Started = true;
    }

    private void Remember(int phase, double deviation)
    {
        if (_period == 1)
        {
            return;
        }

        var memory = _options.SeasonMemory;
        _profile[(phase * memory) + _profileNext[phase]] = deviation;
        _profileNext[phase] = (_profileNext[phase] + 1) % memory;
        _profileCount[phase] = Math.Min(_profileCount[phase] + 1, memory);
    }

    private double SeasonAt(int phase)
    {
        if (_period == 1 || _profileCount[phase] == 0)
        {
            return 0;
        }

        Span<double> values = stackalloc double[_profileCount[phase]];
        _profile.AsSpan(phase * _options.SeasonMemory, values.Length).CopyTo(values);
        return RobustStatistics.Median(values);
    }

    /// <summary>
    /// The largest of three standard deviations read off quantiles of |residual| as if it were
    /// normal: the median one is efficient on clean noise, the 90th-percentile one does not
    /// collapse to zero when most residuals are exactly zero (quantised or mostly idle series),
    /// and the 98th-percentile one (the 4th largest of 200, so a lone spike barely moves it)
    /// widens the spread when the tails are heavier than normal, which keeps the tail probability
    /// honest on real streams. A floor relative to the level keeps a constant series from dividing
    /// by zero.
    /// </summary>
    private (double Spread, double MeanMiss) MeasureSpread()
    {
        var count = _residualCount;
        var scratch = _scratch.AsSpan(0, count);
        var total = 0.0;
        for (var i = 0; i < count; i++)
        {
            scratch[i] = Math.Abs(_residuals[i]);
            total += scratch[i];
        }

        var median = RobustStatistics.Median(scratch) / MedianAbsZ;
        var shoulder = RobustStatistics.Quantile(scratch, 0.9) / Percentile90AbsZ;
        var tail = RobustStatistics.Quantile(scratch, 0.98) / Percentile98AbsZ;
        var floor = 1e-9 * Math.Max(1, Math.Abs(_level));
        return (Math.Max(Math.Max(median, Math.Max(shoulder, tail)), floor), total / count);
    }

    /// <summary>
    /// Moves the level to where the CUSUM run says it now is. The run's residuals are fitted two
    /// ways, a step (flat, then a new flat) and a ramp (flat, then climbing): the better fit says
    /// shift or trend. A second shift the same way soon after the first is also a trend: the
    /// smoothed level was chasing a slope it did not have.
    /// </summary>
    private AnomalyKind Reanchor(int sign)
    {
        var length = Math.Min(sign > 0 ? _upRun : _downRun, RunMemory);
        length = Math.Max(length, 1);
        var run = new double[length];
        for (var i = 0; i < length; i++)
        {
            run[i] = _run[(_runNext - length + i + RunMemory) % RunMemory];
        }

        var (stepError, stepStart) = BestStep(run);
        var (rampError, rampStart, rampSlope) = BestRamp(run);
        var kind = AnomalyKind.LevelShift;
        if (length >= MinTrendRun && rampError < 0.7 * stepError)
        {
            kind = AnomalyKind.TrendChange;
            _level += _slope + (rampSlope * (length - rampStart));
            _slope += rampSlope;
        }
        else
        {
            var after = run[stepStart..];
            var anchoredOn = after.Length;
            var shift = RobustStatistics.Median(after);
            _sinceAnchor = anchoredOn - 1;
            var repeated = _lastShiftSign == sign && _observed - _lastShiftAt <= 3L * RunMemory;
            if (repeated)
            {
                kind = AnomalyKind.TrendChange;
                _slope += shift / Math.Max(1, _observed - _lastShiftAt);
            }

            _level += _slope + shift;
            _lastShiftAt = _observed;
            _lastShiftSign = repeated ? 0 : sign;
        }

        _up = 0;
        _down = 0;
        _upRun = 0;
        _downRun = 0;
        return kind;
    }

    /// <summary>The least-squares step: zero before some row, a constant from it on.</summary>
    private static (double Error, int Start) BestStep(double[] run)
    {
        var best = (Error: double.PositiveInfinity, Start: 0);
        for (var start = 0; start < run.Length; start++)
        {
            var mean = 0.0;
            for (var i = start; i < run.Length; i++)
            {
                mean += run[i];
            }

            mean /= run.Length - start;
            var error = 0.0;
            for (var i = 0; i < run.Length; i++)
            {
                var fitted = i < start ? 0 : mean;
                error += (run[i] - fitted) * (run[i] - fitted);
            }

            if (error < best.Error)
            {
                best = (error, start);
            }
        }

        return best;
    }

    /// <summary>The least-squares ramp: zero up to some row, then rising linearly from there.</summary>
    private static (double Error, int Start, double Slope) BestRamp(double[] run)
    {
        var best = (Error: double.PositiveInfinity, Start: 0, Slope: 0.0);
        for (var start = 0; start < run.Length - 1; start++)
        {
            double cross = 0, square = 0;
            for (var i = start; i < run.Length; i++)
            {
                cross += (i - start + 1) * run[i];
                square += (i - start + 1) * (double)(i - start + 1);
            }

            var slope = cross / square;
            var error = 0.0;
            for (var i = 0; i < run.Length; i++)
            {
                var fitted = i < start ? 0 : slope * (i - start + 1);
                error += (run[i] - fitted) * (run[i] - fitted);
            }

            if (error < best.Error)
            {
                best = (error, start, slope);
            }
        }

        return best;
    }
}
