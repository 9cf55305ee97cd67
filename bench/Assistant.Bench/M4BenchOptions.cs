namespace Assistant.Bench;

/// <summary>
/// The arguments of the forecasting benchmarks: <c>[set|all] [--models a,b,...]</c>. The set is
/// one of the benchmark's sets (case-insensitive) or <c>all</c>; models are names from
/// <see cref="M4Models"/>, all of them when the option is left out.
/// </summary>
public sealed record M4BenchOptions(IReadOnlyList<string> Sets, IReadOnlyList<string> Models)
{
    /// <summary>The options, or the reason they cannot be read.</summary>
    public static (M4BenchOptions? Options, string? Problem) Parse(IReadOnlyList<string> args, IReadOnlyList<string> knownSets)
    {
        var sets = knownSets;
        var models = M4Models.Names;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--models" or "-m")
            {
                if (i + 1 >= args.Count)
                {
                    return (null, $"--models needs a comma-separated list: {string.Join(",", M4Models.Names)}.");
                }

                models = args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                var unknown = models.Where(m => !M4Models.IsKnown(m)).ToList();
                if (unknown.Count > 0 || models.Count == 0)
                {
                    return (null, $"Unknown model(s) {string.Join(", ", unknown)}. Models: {string.Join(", ", M4Models.Names)}.");
                }
            }
            else if (arg.Equals("all", StringComparison.OrdinalIgnoreCase))
            {
                sets = knownSets;
            }
            else if (knownSets.FirstOrDefault(s => s.Equals(arg, StringComparison.OrdinalIgnoreCase)) is { } set)
            {
                sets = [set];
            }
            else
            {
                return (null, $"Unknown argument '{arg}'. Expected one of {string.Join(", ", knownSets)}, all, or --models a,b.");
            }
        }

        return (new M4BenchOptions(sets, models), null);
    }
}
