namespace Assistant.Defects.Anomalies;

/// <summary>
/// Settings of <see cref="StreamDetector"/>. The defaults are the one configuration chosen on NAB as a
/// whole (all 58 files); bench/README.md has the scores, including leave-one-category-out.
/// </summary>
public sealed record StreamOptions
{
    public static StreamOptions Default { get; } = new();

    /// <summary>The row detector whose scores (before its own quiet) the context score joins.</summary>
    public AnomalyOptions Base { get; init; } = AnomalyOptions.Streams with { AlarmQuiet = 0 };

    /// <summary>
    /// Levels the value range seen so far is cut into; a value outside it is a level of its own.
    /// Few levels (4 beat 3, 5, 8 and 16 on NAB) so that noise rarely makes a context new.
    /// </summary>
    public int Levels { get; init; } = 4;

    /// <summary>Rows (the current one included) whose levels make a context.</summary>
    public int ContextRows { get; init; } = 6;

    /// <summary>Half-life, in rows, of the recent rate of new contexts.</summary>
    public int NoveltyHalfLife { get; init; } = 1000;

    /// <summary>
    /// The context score is scaled by this before it joins the row score (0 turns it off): a new
    /// context alone reaches NAB's tuned threshold only when new contexts have been rare.
    /// </summary>
    public double ContextWeight { get; init; } = 0.6;

    /// <summary>Rows before a new context counts (the range and the table of contexts are too new).</summary>
    public int ContextWarmUp { get; init; } = 100;

    /// <summary>
    /// Power of the calibration factor: a row's score is multiplied by p to this power, p the
    /// fraction of the stream's earlier rows that scored lower, so a score that is common on a
    /// stream counts for less there than on a calm one (0 turns it off).
    /// </summary>
    public double CalibrationPower { get; init; } = 10;

    /// <summary>
    /// Rows after a score in which only a higher score is reported (0 turns it off). Short (100
    /// beat 300 on NAB) because an alarm shortly before an event would otherwise silence the
    /// event's own, often weaker, first sign.
    /// </summary>
    public int AlarmQuiet { get; init; } = 100;

    /// <summary>
    /// Within the quiet a score must beat the highest earlier one times 1 + this, so the repeats
    /// of one event (scores just above the last) stay quiet although the quiet is short.
    /// </summary>
    public double QuietMargin { get; init; } = 0.1;

    /// <summary>
    /// Rows of a trailing median whose own row score (the same <see cref="Base"/> detector) joins
    /// the others as the larger (0 turns it off). A level shift survives the median while single
    /// spikes and noise do not, so a shift the raw stream's CUSUM re-anchors on in noise still
    /// stands out (7 beat 3, 5, 6, 8, 9, 11 and 15 on NAB).
    /// </summary>
    public int MedianRows { get; init; } = 7;

    /// <summary>
    /// Weight of the level-change score (<see cref="LevelChange"/>) when it joins the others as the
    /// larger (0 turns it off). Below 1 so that a change alone reaches NAB's tuned threshold only
    /// as a near-record for its stream (0.6-0.8 scored alike on NAB; 1 cost 4 points).
    /// </summary>
    public double ChangeWeight { get; init; } = 0.7;

    /// <summary>Rows of the short window of the level-change score (7, like the trailing median; 5 and 11 were worse).</summary>
    public int ChangeRecentRows { get; init; } = 7;

    /// <summary>Rows of the long window (just before the short one) of the level-change score (100 beat 50, 200 and 400).</summary>
    public int ChangeHistoryRows { get; init; } = 100;

    /// <summary>Earlier level-change statistics needed before one is ranked (fewer make every rank extreme).</summary>
    public int ChangeWarmUp { get; init; } = 100;

    /// <summary>
    /// Power the level-change rank is raised to before weighting, so only near-records count: with
    /// 1 every top-decile change scores high and the tweets' bursts flood the alarms (32 standard
    /// on NAB); 200-2,000 scored alike.
    /// </summary>
    public double ChangePower { get; init; } = 1000;

    internal void Check()
    {
        ArgumentNullException.ThrowIfNull(Base);
        if (Levels < 2 || ContextRows < 1 || ContextRows > 12 || NoveltyHalfLife < 1 || ContextWeight < 0
            || ContextWarmUp < 0 || CalibrationPower < 0 || AlarmQuiet < 0 || QuietMargin < 0
            || MedianRows < 0 || MedianRows > 1000
            || ChangeWeight < 0 || ChangeRecentRows < 1 || ChangeHistoryRows < 3 || ChangeWarmUp < 0 || ChangePower <= 0)
        {
            throw new ArgumentException("StreamOptions out of range.");
        }
    }
}
