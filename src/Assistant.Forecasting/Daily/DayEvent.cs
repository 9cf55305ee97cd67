using Assistant.Core.Calendar;

namespace Assistant.Forecasting.Daily;

/// <summary>
/// Names the calendar event a day belongs to, so that its effect can be learnt from earlier
/// years and applied to the same event ahead: US holidays, the days from Black Friday to a week
/// after Cyber Monday, Prime Day and the days after it, and each day of December. Events are
/// known in advance, so using them as future covariates does not leak the future.
/// </summary>
public static class DayEvent
{
    public static string? Of(DateOnly day)
    {
        var year = day.Year;
        var afterBlackFriday = day.DayNumber - PeakCalendar.BlackFriday(year).DayNumber;
        if (afterBlackFriday is >= 0 and <= 7)
        {
            return afterBlackFriday switch
            {
                0 => "Black Friday",
                3 => "Cyber Monday",
                _ => $"Black Friday +{afterBlackFriday}",
            };
        }

        if (PeakCalendar.EventOn(day) is { Kind: CalendarEventKind.Holiday } holiday)
        {
            return holiday.Name;
        }

        var afterPrimeDay = day.DayNumber - PeakCalendar.PrimeDay(year).DayNumber;
        if (afterPrimeDay is >= 0 and <= 4)
        {
            return afterPrimeDay == 0 ? "Prime Day" : $"Prime Day +{afterPrimeDay}";
        }

        return day.Month == 12 ? $"December {day.Day}" : null;
    }
}
