using Assistant.Native;

namespace Assistant.Forecasting.Daily;

/// <summary>
/// How <see cref="DailyBoostedForecaster"/> cuts training windows from dated daily series,
/// describes them and grows its trees. Lengths are in days.
/// </summary>
public sealed record DailyBoostedOptions
{
    public static DailyBoostedOptions Default { get; } = new();

    /// <summary>
    /// Whether the calendar events (<see cref="DayEvent"/>) of the target, of the recent days and of
    /// last year's days are features. Off leaves the weekday, month and day of year only: for
    /// measuring what the events are worth.
    /// </summary>
    public bool UseEvents { get; init; } = true;

    /// <summary>Training windows drawn per series (origin and step ahead), at most.</summary>
    public int WindowsPerSeries { get; init; } = 1000;

    /// <summary>
    /// Training windows over all series, at most: with many series each gets fewer, so that the
    /// training time stays bounded whatever the size of the set.
    /// </summary>
    public int MaxWindows { get; init; } = 80_000;

    /// <summary>
    /// After the intervals are calibrated on the held-out last horizon, train again on every
    /// window (the last horizon included) for the point forecast: the newest days are the most
    /// telling. Costs a second training.
    /// </summary>
    public bool RetrainOnAll { get; init; } = true;

    /// <summary>
    /// How many models, each on its own draw of windows and seed, are trained on every window and
    /// averaged for the point forecast (with <see cref="RetrainOnAll"/>).
    /// </summary>
    public int Models { get; init; } = 3;

    /// <summary>Forecasts of series whose history is never negative are kept at 0 or above.</summary>
    public bool KeepNonNegative { get; init; } = true;

    /// <summary>Seed of the window sampling (the trees' own seed is in <see cref="Trees"/>).</summary>
    public int Seed { get; init; } = 11;

    public BoostedTreesOptions Trees { get; init; } = new()
    {
        Rounds = 200,
        MaxDepth = 6,
        LearningRate = 0.1,
        Subsample = 0.8,
        ColumnSampleByTree = 0.8,
        MinChildWeight = 5,
        Objective = BoostedTreesObjective.SquaredError,
        Seed = 11,
        // One thread: on a busy 2-core machine (other builds running) XGBoost's OpenMP threads
        // wait on each other at every split, and two took five times as long as one; the
        // feature rows are filled in parallel anyway. The trees are the same either way.
        Threads = 1,
    };

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(WindowsPerSeries, 1, nameof(WindowsPerSeries));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxWindows, 1, nameof(MaxWindows));
        ArgumentOutOfRangeException.ThrowIfLessThan(Models, 1, nameof(Models));

        ArgumentNullException.ThrowIfNull(Trees, nameof(Trees));
    }
}
