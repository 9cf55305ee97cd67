namespace Assistant.Defects.ChangePoints;

/// <summary>Settings of the Bayesian online change detector.</summary>
public sealed record OnlineChangeOptions
{
    public static OnlineChangeOptions Default { get; } = new();

    /// <summary>The prior mean number of rows between changes (the hazard is its inverse).</summary>
    public double ExpectedRunLength { get; init; } = 250;

    /// <summary>Run lengths beyond this are dropped: the cost per row is proportional to it, and long runs all look alike.</summary>
    public int MaxRunLength { get; init; } = 300;

    /// <summary>A row's change probability is the posterior mass on a change within this many rows (this one included).</summary>
    public int RecentRows { get; init; } = 5;

    /// <summary>
    /// How many readings' worth of weight the prior mean of a new stretch carries. Small, so a new
    /// stretch's level is learnt from its own readings almost at once.
    /// </summary>
    public double PriorWeight { get; init; } = 0.05;

    internal void Check()
    {
        if (!(ExpectedRunLength > 1))
        {
            throw new ArgumentOutOfRangeException(nameof(ExpectedRunLength), "OnlineChangeOptions.ExpectedRunLength must be more than 1.");
        }

        if (MaxRunLength < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxRunLength), "OnlineChangeOptions.MaxRunLength must be at least 2.");
        }

        if (RecentRows < 1 || RecentRows >= MaxRunLength)
        {
            throw new ArgumentOutOfRangeException(nameof(RecentRows), "OnlineChangeOptions.RecentRows must be at least 1 and less than MaxRunLength.");
        }

        if (!(PriorWeight > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(PriorWeight), "OnlineChangeOptions.PriorWeight must be more than 0.");
        }
    }
}
