using Assistant.Core.Calendar;

namespace Assistant.Core.Demo;

/// <summary>
/// The demand shape of the demo network: a weekly cycle (Sunday lowest), a gentle yearly cycle
/// peaking in late December, and multipliers for US holidays and retail peaks. Deliveries lag
/// orders, so Prime Day and Cyber Monday lift the days after them most.
/// </summary>
internal static class DemoSeasonality
{
    private static readonly double[] Weekly = [0.48, 1.10, 1.12, 1.06, 1.03, 1.00, 0.80]; // Sunday first

    public static double WeekDay(DateOnly day) => Weekly[(int)day.DayOfWeek];

    public static double Yearly(DateOnly day) => 1.0 + 0.06 * Math.Cos(2.0 * Math.PI * (day.DayOfYear - 355) / 365.25);

    public static double Events(DateOnly day)
    {
        var factor = 1.0;
        var year = day.Year;

        foreach (var e in PeakCalendar.EventsIn(year).Where(e => e.Kind == CalendarEventKind.Holiday && e.Date == day))
        {
            factor *= e.Name switch
            {
                "New Year's Day" => 0.15,
                "Memorial Day" => 0.55,
                "Independence Day" => 0.35,
                "Labor Day" => 0.55,
                "Thanksgiving" => 0.20,
                "Christmas Day" => 0.05,
                _ => 1.0,
            };
        }

        var afterPrime = day.DayNumber - PeakCalendar.PrimeDay(year).DayNumber;
        factor *= afterPrime switch { 1 => 1.35, 2 => 1.50, 3 => 1.25, 4 => 1.10, _ => 1.0 };

        var afterBlackFriday = day.DayNumber - PeakCalendar.BlackFriday(year).DayNumber;
        factor *= afterBlackFriday switch
        {
            0 => 1.15, 1 => 1.20, 2 => 1.10, 3 => 1.35, 4 => 1.55, 5 => 1.50, 6 => 1.35, 7 => 1.20, _ => 1.0,
        };

        if (day.Month == 12)
        {
            factor *= day.Day switch
            {
                <= 21 => 1.12 + 0.01 * (day.Day - 1),
                22 or 23 => 1.20,
                24 => 0.70,
                >= 26 and <= 30 => 0.92,
                31 => 0.80,
                _ => 1.0,
            };
        }

        return factor;
    }

    /// <summary>Everything but noise and incidents, relative to a plain mid-year weekday.</summary>
    public static double Shape(DateOnly day) => WeekDay(day) * Yearly(day) * Events(day);
}
