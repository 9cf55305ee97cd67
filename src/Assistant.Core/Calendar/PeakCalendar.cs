namespace Assistant.Core.Calendar;

/// <summary>
/// US holidays and retail peak events by rule, so that they are known for any year, past or
/// future (forecasts may use them as covariates because they are known in advance).
/// Prime Day is taken as the second Tuesday of July and the day after: the real dates are
/// announced a few weeks ahead and have stayed close to that rule.
/// </summary>
public static class PeakCalendar
{
    public static IReadOnlyList<CalendarEvent> EventsIn(int year)
    {
        var thanksgiving = NthWeekday(year, 11, DayOfWeek.Thursday, 4);
        var primeDay = NthWeekday(year, 7, DayOfWeek.Tuesday, 2);
        var events = new List<CalendarEvent>
        {
            new(new DateOnly(year, 1, 1), "New Year's Day", CalendarEventKind.Holiday),
            new(LastWeekday(year, 5, DayOfWeek.Monday), "Memorial Day", CalendarEventKind.Holiday),
            new(new DateOnly(year, 7, 4), "Independence Day", CalendarEventKind.Holiday),
            new(NthWeekday(year, 9, DayOfWeek.Monday, 1), "Labor Day", CalendarEventKind.Holiday),
            new(thanksgiving, "Thanksgiving", CalendarEventKind.Holiday),
            new(new DateOnly(year, 12, 25), "Christmas Day", CalendarEventKind.Holiday),
            new(primeDay, "Prime Day", CalendarEventKind.PeakEvent),
            new(primeDay.AddDays(1), "Prime Day", CalendarEventKind.PeakEvent),
            new(thanksgiving.AddDays(1), "Black Friday", CalendarEventKind.PeakEvent),
            new(thanksgiving.AddDays(4), "Cyber Monday", CalendarEventKind.PeakEvent),
        };
        return events.OrderBy(e => e.Date).ToList();
    }

    public static DateOnly Thanksgiving(int year) => NthWeekday(year, 11, DayOfWeek.Thursday, 4);

    public static DateOnly BlackFriday(int year) => Thanksgiving(year).AddDays(1);

    public static DateOnly CyberMonday(int year) => Thanksgiving(year).AddDays(4);

    public static DateOnly PrimeDay(int year) => NthWeekday(year, 7, DayOfWeek.Tuesday, 2);

    public static CalendarEvent? EventOn(DateOnly date) => EventsIn(date.Year).FirstOrDefault(e => e.Date == date);

    private static DateOnly NthWeekday(int year, int month, DayOfWeek day, int n)
    {
        var first = new DateOnly(year, month, 1);
        var offset = ((int)day - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + 7 * (n - 1));
    }

    private static DateOnly LastWeekday(int year, int month, DayOfWeek day)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        var offset = ((int)last.DayOfWeek - (int)day + 7) % 7;
        return last.AddDays(-offset);
    }
}
