namespace Assistant.Defects.ChangePoints;

/// <summary>How the offline segmentation trades fit against the number of change points.</summary>
public sealed record ChangePointOptions
{
    public static ChangePointOptions Default { get; } = new();

    /// <summary>
    /// The cost of one more change point in units of the (standardised) squared error; null means
    /// <see cref="PenaltyFactor"/> × ln(rows), BIC-style.
    /// </summary>
    public double? Penalty { get; init; }

    /// <summary>
    /// Multiplies ln(rows) for the default penalty. Plain BIC (2) cuts stationary noise into
    /// pieces now and then; 3, the modified BIC's strength, keeps it whole.
    /// </summary>
    public double PenaltyFactor { get; init; } = 3;

    /// <summary>
    /// Rows per seasonal cycle, removed before segmenting so that a weekly or daily pattern is not
    /// cut into stretches; null works it out from the spacing as the anomaly detector does (daily
    /// data: 7; hourly or finer: a day), 1 means none. A cycle is removed only when at least two
    /// whole cycles are present and its pattern stands out of the noise.
    /// </summary>
    public int? Season { get; init; }

    /// <summary>The fewest rows a stretch between change points may have.</summary>
    public int MinSegment { get; init; } = 5;

    /// <summary>
    /// Readings further than this many spreads from the running median of their neighbours are
    /// pulled in to it before segmenting, so a lone outlier is not cut out as a stretch of its own.
    /// </summary>
    public double OutlierClip { get; init; } = 3;

    internal double PenaltyFor(int rows) => Penalty ?? (PenaltyFactor * Math.Log(Math.Max(rows, 2)));

    internal void Check()
    {
        if (Penalty is { } penalty && !(penalty > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(Penalty), "ChangePointOptions.Penalty must be more than 0.");
        }

        if (!(PenaltyFactor > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(PenaltyFactor), "ChangePointOptions.PenaltyFactor must be more than 0.");
        }

        if (Season is { } season && season is < 1 or > Anomalies.AnomalyOptions.MaxSeason)
        {
            throw new ArgumentOutOfRangeException(nameof(Season), $"ChangePointOptions.Season must be between 1 (no season) and {Anomalies.AnomalyOptions.MaxSeason}.");
        }

        if (MinSegment < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MinSegment), "ChangePointOptions.MinSegment must be at least 1.");
        }

        if (!(OutlierClip > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(OutlierClip), "ChangePointOptions.OutlierClip must be more than 0.");
        }
    }
}
