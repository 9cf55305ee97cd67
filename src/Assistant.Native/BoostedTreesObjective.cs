namespace Assistant.Native;

/// <summary>The loss the trees minimize (XGBoost 1.7's regression objectives).</summary>
public enum BoostedTreesObjective
{
    /// <summary><c>reg:squarederror</c>: predicts the mean; sensitive to outliers.</summary>
    SquaredError,

    /// <summary><c>reg:absoluteerror</c> (new in 1.7): predicts the median; robust to outliers.</summary>
    AbsoluteError,

    /// <summary>
    /// <c>reg:pseudohubererror</c>: squared near zero, absolute beyond
    /// <see cref="BoostedTreesOptions.HuberSlope"/>.
    /// </summary>
    PseudoHuberError,
}
