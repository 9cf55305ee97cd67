using Assistant.Forecasting.Daily;

namespace Assistant.Plugins.Defects;

/// <summary>
/// The calendar-event effect on each day of a daily series, as the forecaster learns it
/// (<see cref="EventEffects"/>: the event day against the same weekday in the weeks around it,
/// medianed over the years) but from the years before the day's own year only, so a day is
/// still judged on the days before it: this Black Friday's volume never teaches what Black Friday
/// should be. The first year has no earlier year and gets no adjustment (effect 1).
/// </summary>
public static class PastEventEffects
{
    /// <summary>Below this an effect is a closed day: dividing by it would blow the value up, so it is left alone.</summary>
    private const double Closed = 0.05;

    /// <summary>One effect per value; all 1 when the days are not consecutive (the effects need whole weeks around each event).</summary>
    public static double[] Of(IReadOnlyList<(DateOnly Date, double Value)> series)
    {
        var effects = new double[series.Count];
        Array.Fill(effects, 1.0);
        if (series.Count == 0 || series[^1].Date.DayNumber - series[0].Date.DayNumber != series.Count - 1)
        {
            return effects;
        }

        var first = series[0].Date;
        var values = series.Select(p => p.Value).ToArray();
        EventEffects? learnt = null;
        var learntYear = first.Year;
        for (var t = 0; t < series.Count; t++)
        {
            var day = series[t].Date;
            if (day.Year != learntYear)
            {
                learnt = EventEffects.Learn(first, values.AsSpan(0, t));
                learntYear = day.Year;
            }

            if (learnt?.EffectOn(day) is { } effect && effect > Closed)
            {
                effects[t] = effect;
            }
        }

        return effects;
    }
}
