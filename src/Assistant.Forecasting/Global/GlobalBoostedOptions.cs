using Assistant.Native;

namespace Assistant.Forecasting.Global;

/// <summary>
/// How <see cref="GlobalBoostedForecaster"/> cuts training windows, describes them and grows its
/// trees. Lengths are in periods. The seasons come from the series themselves
/// (<see cref="TimeSeries.SeasonLength"/> and <see cref="TimeSeries.MoreSeasonLengths"/>).
/// </summary>
public sealed record GlobalBoostedOptions
{
    public static GlobalBoostedOptions Default { get; } = new();

    /// <summary>How many of the latest values before the origin are features.</summary>
    public int RecentLags { get; init; } = 24;

    /// <summary>
    /// For every season s: how many values at whole seasons before the target (the latest ones
    /// before the origin) are features; for hourly data with s = 24, the same hour on the last
    /// days.
    /// </summary>
    public int SeasonalLags { get; init; } = 4;

    /// <summary>The level each window is centred on: the mean of this many values before the origin (null: the longest season, or 1 without one).</summary>
    public int? LevelWindow { get; init; }

    /// <summary>The lag of the differences whose mean absolute size scales a window (null: the shortest season, or 1), like the MASE denominator.</summary>
    public int? ScaleLag { get; init; }

    /// <summary>How many values before the origin the scale is measured on.</summary>
    public int ScaleWindow { get; init; } = 168;

    /// <summary>
    /// When above 0, the trees learn the departure from a baseline rather than the value itself:
    /// the mean of the target's latest this-many whole-season lags of the longest season (the
    /// same hour of the last weeks, for hourly data), or the level when there are none.
    /// </summary>
    public int BaselineSeasons { get; init; } = 1;

    /// <summary>Training windows drawn per series (origin and step ahead), at most.</summary>
    public int WindowsPerSeries { get; init; } = 600;

    /// <summary>Training origins are drawn from this many latest periods of each series (null: all).</summary>
    public int? OriginSpan { get; init; }

    /// <summary>Whether each target's position in every season, counted from the series' first value, is a feature (meaningful only when the series start at the same phase).</summary>
    public bool SeasonPosition { get; init; }

    /// <summary>
    /// Keep the last <c>horizon</c> values of every series out of the training targets and forecast
    /// them, so that the residuals there give the prediction intervals. When false the model trains
    /// on everything and gives no intervals.
    /// </summary>
    public bool HoldOutForIntervals { get; init; } = true;

    /// <summary>
    /// Models trained on the whole history (no hold-out), each with its own window draw and tree
    /// seed, whose forecasts are averaged with the hold-out model's. The hold-out model alone
    /// never sees the latest <c>horizon</c> values as labels, which for short, changing series
    /// are the most telling; and averaging differently drawn models (bagging) cuts their
    /// variance. The intervals still come from the hold-out model's errors.
    /// </summary>
    public int FullHistoryModels { get; init; }

    /// <summary>Forecasts of series whose history is never negative are kept at 0 or above.</summary>
    public bool KeepNonNegative { get; init; } = true;

    /// <summary>Seed of the window sampling (the trees' own seed is in <see cref="Trees"/>).</summary>
    public int Seed { get; init; } = 7;

    public BoostedTreesOptions Trees { get; init; } = new()
    {
        Rounds = 300,
        MaxDepth = 8,
        LearningRate = 0.1,
        Subsample = 0.8,
        ColumnSampleByTree = 0.8,
        MinChildWeight = 5,
        Objective = BoostedTreesObjective.SquaredError,
        Seed = 7,
    };

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(RecentLags, nameof(RecentLags));
        ArgumentOutOfRangeException.ThrowIfNegative(SeasonalLags, nameof(SeasonalLags));
        if (LevelWindow is { } level) ArgumentOutOfRangeException.ThrowIfLessThan(level, 1, nameof(LevelWindow));
        if (ScaleLag is { } lag) ArgumentOutOfRangeException.ThrowIfLessThan(lag, 1, nameof(ScaleLag));
        ArgumentOutOfRangeException.ThrowIfLessThan(ScaleWindow, 2, nameof(ScaleWindow));
        ArgumentOutOfRangeException.ThrowIfNegative(BaselineSeasons, nameof(BaselineSeasons));
        ArgumentOutOfRangeException.ThrowIfLessThan(WindowsPerSeries, 1, nameof(WindowsPerSeries));
        if (OriginSpan is { } span) ArgumentOutOfRangeException.ThrowIfLessThan(span, 1, nameof(OriginSpan));
        ArgumentOutOfRangeException.ThrowIfNegative(FullHistoryModels, nameof(FullHistoryModels));
        ArgumentNullException.ThrowIfNull(Trees, nameof(Trees));
    }
}
