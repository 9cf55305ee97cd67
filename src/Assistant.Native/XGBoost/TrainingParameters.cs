using System.Globalization;

namespace Assistant.Native.XGBoost;

/// <summary>Spells <see cref="BoostedTreesOptions"/> as XGBoost 1.7 booster parameters.</summary>
internal static class TrainingParameters
{
    public static IReadOnlyList<KeyValuePair<string, string>> For(BoostedTreesOptions options, float baseScore)
    {
        List<KeyValuePair<string, string>> parameters =
        [
            // Makes XGBoost warn (on stderr) about a parameter it does not use, so a misspelt
            // name here shows up instead of silently keeping a default.
            new("validate_parameters", "1"),
            new("booster", "gbtree"),
            new("tree_method", "hist"),
            new("objective", ObjectiveName(options.Objective)),
            new("max_depth", Text(options.MaxDepth)),
            new("eta", Text(options.LearningRate)),
            new("subsample", Text(options.Subsample)),
            new("colsample_bytree", Text(options.ColumnSampleByTree)),
            new("min_child_weight", Text(options.MinChildWeight)),
            new("lambda", Text(options.Lambda)),
            new("base_score", Text(baseScore)),
            new("nthread", Text(ThreadCount(options.Threads))),
            new("seed", Text(options.Seed)),
        ];
        if (options.Objective == BoostedTreesObjective.PseudoHuberError)
        {
            // Only this objective reads it; passed to the others it would draw a warning.
            parameters.Add(new("huber_slope", Text(options.HuberSlope)));
        }

        return parameters;
    }

    /// <summary>
    /// The thread count to pass as nthread: XGBoost's default (0) asks OpenMP, which counts the
    /// host's processors and ignores a container's CPU quota; .NET's count honours it.
    /// </summary>
    public static int ThreadCount(int? requested) => requested ?? Environment.ProcessorCount;

    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    // "R" keeps every digit, so XGBoost parses back exactly the number given.
    public static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Text(float value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string ObjectiveName(BoostedTreesObjective objective) => objective switch
    {
        BoostedTreesObjective.SquaredError => "reg:squarederror",
        BoostedTreesObjective.AbsoluteError => "reg:absoluteerror",
        BoostedTreesObjective.PseudoHuberError => "reg:pseudohubererror",
        _ => throw new ArgumentOutOfRangeException(nameof(objective), objective, "Not a known objective."),
    };
}
