namespace Assistant.Defects.Anomalies;

/// <summary>
/// How the anomaly detector judges a series. The defaults suit planning metrics (daily or hourly
/// volumes with a weekly or daily cycle); <see cref="Streams"/> suits machine and metric streams
/// minutes apart, where heavy tails and repeated alarms matter more.
/// </summary>
public sealed record AnomalyOptions
{
    /// <summary>Cycles longer than this are not learnt: they would need more history than a series has.</summary>
    public const int MaxSeason = 2000;

    public static AnomalyOptions Default { get; } = new();

    /// <summary>
    /// Machine and metric streams minutes apart (like NAB's): scoring starts as soon as the flat
    /// baseline is trusted (the seasonal one takes over when it is ready), the point score does
    /// not saturate until a z of about 11.5 (streams have heavy tails, and ties at 1 leave no
    /// threshold to choose), shifts need twice the evidence and score modestly when completed (on
    /// streams most are the level wandering), each row is also judged against the records of the
    /// last 1,500 rows, and an alarm silences lower scores for the next 300 rows. Chosen on NAB as
    /// a whole (one preset for all 58 files); bench/README.md has the scores, including
    /// leave-one-category-out.
    /// </summary>
    public static AnomalyOptions Streams { get; } = new()
    {
        WarmUpCycles = 0,
        SurpriseAtOne = 30,
        ShiftScore = 0.1,
        ShiftThreshold = 16,
        RecordHistory = 1500,
        RecordRun = 30,
        AlarmQuiet = 300,
    };

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

    /// <summary>
    /// The score of a row that completes a CUSUM level shift or trend change; the change score of
    /// a building shift rises to it.
    /// </summary>
    public double ShiftScore { get; init; } = 1;

    /// <summary>
    /// Rows of history the record score compares a row's |z| (and the recent mean |z|) with; 0
    /// (the default) turns the record score off.
    /// </summary>
    public int RecordHistory { get; init; }

    /// <summary>Rows in the recent mean |z| of the record score: a drift that no single row shows.</summary>
    public int RecordRun { get; init; } = 30;

    /// <summary>
    /// Rows after a score during which a score no higher is silenced, so one event raises one
    /// alarm; 0 (the default) reports every row's score as it is.
    /// </summary>
    public int AlarmQuiet { get; init; }

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
        Require(ShiftScore is >= 0 and <= 1, nameof(ShiftScore), "must be in [0, 1]");
        Require(RecordHistory >= 0, nameof(RecordHistory), "must be 0 or more");
        Require(RecordRun >= 1, nameof(RecordRun), "must be at least 1");
        Require(AlarmQuiet >= 0, nameof(AlarmQuiet), "must be 0 or more");
        Require(SurpriseAtZero >= 0 && SurpriseAtOne > SurpriseAtZero, nameof(SurpriseAtOne), "must be more than SurpriseAtZero, which must be 0 or more");
    }
}
