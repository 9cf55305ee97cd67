using Assistant.Forecasting;
using Assistant.Forecasting.Models;

namespace Assistant.Bench;

/// <summary>
/// The forecasters the M4 and tourism benchmarks can run, by the name given to <c>--models</c>.
/// This is the one place to register a model: add a line <c>["name"] = () =&gt; new MyModel()</c>
/// and both benchmarks can run it. A new instance is made per run; instances must be safe to call
/// from many threads at once (see <see cref="IForecaster"/>).
/// </summary>
public static class M4Models
{
    private static readonly Dictionary<string, Func<IForecaster>> Factories = new(StringComparer.OrdinalIgnoreCase)
    {
        ["naive"] = () => new Naive(),
        ["snaive"] = () => new SeasonalNaive(),
        ["naive2"] = () => new Naive2(),
        ["ses"] = () => new SimpleExponentialSmoothing(),
        ["ets"] = () => new AutoEts(),
        ["theta"] = () => new Theta(),
        ["comb"] = () => new Combination("comb", [new AutoEts(), new Theta(), new SeasonalNaive()]),
        ["ets168"] = () => new SeasonallyAdjusted(new AutoEts(), 168),
        ["snaive168"] = () => new WithSeason(new SeasonalNaive(), 168),
        ["mstl"] = () => new MultiSeasonal(),
        ["mstl-ets"] = () => new MultiSeasonal(new AutoEts(), "mstl-ets"),
        ["mstl+snaive"] = () => new Combination("mstl+snaive", [new MultiSeasonal(), new SeasonalNaive()]),
        ["comb168"] = () => new Combination("comb168", [new SeasonallyAdjusted(new AutoEts(), 168), new Theta(), new SeasonalNaive()]),
    };

    /// <summary>Every registered name, in registration order (the default selection).</summary>
    public static IReadOnlyList<string> Names => [.. Factories.Keys];

    public static bool IsKnown(string name) => Factories.ContainsKey(name) || M4GlobalModels.IsKnown(name);

    public static IForecaster Create(string name) =>
        Factories.TryGetValue(name, out var factory)
            ? factory()
            : throw new ArgumentException($"Unknown model '{name}'. Models: {string.Join(", ", Names)}.", nameof(name));
}
