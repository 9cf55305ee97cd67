namespace Assistant.Defects.Anomalies;

/// <summary>
/// How the anomaly detector judges a series. The defaults suit both planning metrics (daily or
/// hourly volumes with a weekly or daily cycle) and generic machine streams (minutes apart).
/// </summary>
public sealed record AnomalyOptions
{
    /// <summary>Cycles longer than this are not learnt: they would need more history than a series has.</summary>
    public const int MaxSeason = 2000;

    public static AnomalyOptions Default { get; } = new();

    /// <summary>
    /// Rows per seasonal cycle; null works it out from the spacing of the first rows (daily data:
    /// a week of 7; hourly or finer data that divides a day: a day); 1 means no season.
    /// </summary>
    public int? Season { get; init; }

    /// <summary>Rows scored 0 at the start while the baseline learns the series.</summary>
    public int WarmUp { get; init; } = 30;

    /// <summary>
    /// When a season is in play, the warm-up also lasts this many cycles (after the rows that set
    /// the spacing): the seasonal baseline needs its first cycle to start and another to be
    /// trusted. 0 scores from <see cref="WarmUp"/> on regardless.
    /// </summary>
    public int WarmUpCycles { get; init; } = 2;

    /// <summary>Recent residuals the usual spread is measured over.</summary>
    public int ScaleWindow { get; init; } = 200;

    /// <summary>Past cycles whose same-phase readings are medianed into the seasonal profile.</summary>
    public int SeasonMemory { get; init; } = 6;

    /// <summary>How fast the level follows the readings (exponential smoothing weight, 0-1).</summary>
    public double LevelSmoothing { get; init; } = 0.05;

    /// <summary>Residuals are clipped to this many spreads before they move the level, so a spike does not drag it.</summary>
    public double UpdateClip { get; init; } = 2.5;

    /// <summary>CUSUM allowance in spreads: a persistent deviation smaller than this is not accumulated.</summary>
    public double ShiftAllowance { get; init; } = 0.5;

    /// <summary>
    /// CUSUM decision level in spreads: accumulated deviation beyond it is a level shift or a
    /// trend change. 8 makes a false alarm on well-behaved noise rarer than one per ten thousand rows.
    /// </summary>
    public double ShiftThreshold { get; init; } = 8;

    /// <summary>The most one row may add to the CUSUM, so a single spike alone never reads as a shift.</summary>
    public double ShiftStepCap { get; init; } = 4;

    /// <summary>Surprise (-log10 of the normal tail probability of the robust z) at which the score starts above 0.</summary>
    public double SurpriseAtZero { get; init; } = 1.0;

    /// <summary>Surprise at which the score reaches 1; with the defaults a score of 0.5 is about 3.5 spreads and 0.9 about 4.5.</summary>
    public double SurpriseAtOne { get; init; } = 5.5;

    internal void Check()
    {
        static void Require(bool ok, string name, string rule)
        {
            if (!ok)
            {
                throw new ArgumentOutOfRangeException(name, $"AnomalyOptions.{name} {rule}.");
            }
        }

        Require(Season is null or (>= 1 and <= MaxSeason), nameof(Season), $"must be between 1 (no season) and {MaxSeason}");
        Require(WarmUp >= 0, nameof(WarmUp), "must be 0 or more");
        Require(WarmUpCycles >= 0, nameof(WarmUpCycles), "must be 0 or more");
        Require(ScaleWindow >= 10, nameof(ScaleWindow), "must be at least 10");
        Require(SeasonMemory >= 1, nameof(SeasonMemory), "must be at least 1");
        Require(LevelSmoothing is > 0 and <= 1, nameof(LevelSmoothing), "must be in (0, 1]");
        Require(UpdateClip > 0, nameof(UpdateClip), "must be more than 0");
        Require(ShiftAllowance >= 0, nameof(ShiftAllowance), "must be 0 or more");
        Require(ShiftThreshold > 0, nameof(ShiftThreshold), "must be more than 0");
        Require(ShiftStepCap > ShiftAllowance, nameof(ShiftStepCap), "must be more than ShiftAllowance");
        Require(SurpriseAtZero >= 0 && SurpriseAtOne > SurpriseAtZero, nameof(SurpriseAtOne), "must be more than SurpriseAtZero, which must be 0 or more");
    }
}
