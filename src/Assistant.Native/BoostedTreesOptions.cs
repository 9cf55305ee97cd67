namespace Assistant.Native;

/// <summary>
/// How <see cref="BoostedTrees.Train"/> grows its trees. Defaults are XGBoost's own, except
/// <see cref="Threads"/> and <see cref="BaseScore"/>. Trees are always grown with
/// <c>tree_method=hist</c>: fast, and deterministic for a given seed whatever the thread count.
/// </summary>
public sealed record BoostedTreesOptions
{
    public static BoostedTreesOptions Default { get; } = new();

    /// <summary>Boosting rounds: one tree per round.</summary>
    public int Rounds { get; init; } = 100;

    /// <summary><c>max_depth</c>.</summary>
    public int MaxDepth { get; init; } = 6;

    /// <summary><c>eta</c>: how much of each new tree is added, in (0, 1].</summary>
    public double LearningRate { get; init; } = 0.3;

    /// <summary><c>subsample</c>: the share of rows each tree sees, in (0, 1].</summary>
    public double Subsample { get; init; } = 1.0;

    /// <summary><c>colsample_bytree</c>: the share of columns each tree sees, in (0, 1].</summary>
    public double ColumnSampleByTree { get; init; } = 1.0;

    /// <summary><c>min_child_weight</c>: the least total hessian (row weight for squared error) in a leaf.</summary>
    public double MinChildWeight { get; init; } = 1.0;

    /// <summary><c>lambda</c>: L2 regularization of leaf weights.</summary>
    public double Lambda { get; init; } = 1.0;

    public BoostedTreesObjective Objective { get; init; } = BoostedTreesObjective.SquaredError;

    /// <summary><c>huber_slope</c>, used by <see cref="BoostedTreesObjective.PseudoHuberError"/> only.</summary>
    public double HuberSlope { get; init; } = 1.0;

    /// <summary>
    /// <c>nthread</c>; null means <see cref="Environment.ProcessorCount"/>, which, unlike
    /// XGBoost's own default (OpenMP's processor count), honours the container's CPU limit.
    /// Use 1 when training many models in parallel.
    /// </summary>
    public int? Threads { get; init; }

    /// <summary><c>seed</c>: with the same seed, data and options, training gives identical trees.</summary>
    public int Seed { get; init; }

    /// <summary>
    /// <c>base_score</c>, the prediction before any tree. Null means the labels' weighted mean
    /// (squared error) or weighted median (the other objectives). XGBoost 1.7 would start from
    /// 0.5, which makes targets in the thousands need many more rounds, and with the pseudo-Huber
    /// loss, whose gradient is bounded, hardly converge at all.
    /// </summary>
    public float? BaseScore { get; init; }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first bad option.</summary>
    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Rounds, 1, nameof(Rounds));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDepth, 1, nameof(MaxDepth));
        RequireShare(LearningRate, nameof(LearningRate));
        RequireShare(Subsample, nameof(Subsample));
        RequireShare(ColumnSampleByTree, nameof(ColumnSampleByTree));
        RequireNonNegative(MinChildWeight, nameof(MinChildWeight));
        RequireNonNegative(Lambda, nameof(Lambda));
        if (!Enum.IsDefined(Objective))
        {
            throw new ArgumentOutOfRangeException(nameof(Objective), Objective, "Objective: not a known objective.");
        }

        if (!(HuberSlope > 0) || double.IsInfinity(HuberSlope))
        {
            throw new ArgumentOutOfRangeException(nameof(HuberSlope), HuberSlope, "HuberSlope must be a finite number above 0.");
        }

        if (Threads is { } threads)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1, nameof(Threads));
        }

        if (BaseScore is { } baseScore && !float.IsFinite(baseScore))
        {
            throw new ArgumentOutOfRangeException(nameof(BaseScore), baseScore, "BaseScore must be finite (or null to derive it from the labels).");
        }
    }

    private static void RequireShare(double value, string name)
    {
        // Written so that NaN fails too.
        if (!(value > 0 && value <= 1))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be in (0, 1].");
        }
    }

    private static void RequireNonNegative(double value, string name)
    {
        if (!(value >= 0) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a finite number, 0 or more.");
        }
    }
}
