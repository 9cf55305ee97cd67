namespace Assistant.Forecasting.Daily;

/// <summary>
/// The multiplicative effect of each calendar event, learnt from history: on each past event
/// day, the ratio of the value to the median of the same weekday one to three weeks before and
/// after (skipping other event days), and per event the median of those ratios over the years.
/// An event never seen in the history has no effect (1).
/// </summary>
public sealed class EventEffects
{
    private readonly Dictionary<string, (double Effect, int Years)> _effects;

    private EventEffects(Dictionary<string, (double, int)> effects) => _effects = effects;

    public IReadOnlyDictionary<string, (double Effect, int Years)> All => _effects;

    public double EffectOn(DateOnly day) => DayEvent.Of(day) is { } name && _effects.TryGetValue(name, out var e) ? e.Effect : 1.0;

    public static EventEffects Learn(DateOnly firstDay, ReadOnlySpan<double> values)
    {
        var ratios = new Dictionary<string, List<double>>();
        var neighbours = new List<double>(6);
        for (var t = 0; t < values.Length; t++)
        {
            var day = firstDay.AddDays(t);
            if (DayEvent.Of(day) is not { } name)
            {
                continue;
            }

            neighbours.Clear();
            foreach (var weeks in new[] { -3, -2, -1, 1, 2, 3 })
            {
                var u = t + 7 * weeks;
                if (u >= 0 && u < values.Length && DayEvent.Of(firstDay.AddDays(u)) is null && values[u] > 0)
                {
                    neighbours.Add(values[u]);
                }
            }

            if (neighbours.Count < 2)
            {
                continue;
            }

            var baseline = Median(neighbours);
            if (!ratios.TryGetValue(name, out var list))
            {
                ratios[name] = list = [];
            }

            list.Add(Math.Max(0, values[t]) / baseline);
        }

        return new EventEffects(ratios.ToDictionary(kv => kv.Key, kv => (Median(kv.Value), kv.Value.Count)));
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
