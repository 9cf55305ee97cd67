using Assistant.Core.Calendar;

namespace Assistant.Forecasting.Daily;

/// <summary>
/// The calendar facts the daily features need, worked out once for every day of a range:
/// <see cref="DayEvent.Of"/> builds the year's holiday list on each call, far too slow to call
/// for every feature of a hundred thousand windows. Everything here follows from the date alone
/// (events are known in advance), so it may describe days after a window's origin.
/// </summary>
public sealed class DailyCalendar
{
    private readonly int firstDayNumber;
    private readonly int[] codes;
    private readonly int[] sameEventLastYear;

    public DailyCalendar(DateOnly first, DateOnly last)
    {
        if (last < first)
        {
            throw new ArgumentException($"The calendar's last day {last:yyyy-MM-dd} is before its first {first:yyyy-MM-dd}.", nameof(last));
        }

        firstDayNumber = first.DayNumber;
        var length = last.DayNumber - first.DayNumber + 1;
        codes = new int[length];
        sameEventLastYear = new int[length];
        var names = new string?[length];
        var seen = new Dictionary<(string Name, int Year), int>();
        for (var d = 0; d < length; d++)
        {
            var day = first.AddDays(d);
            names[d] = DayEvent.Of(day);
            codes[d] = EventCode.Of(names[d]);
            if (names[d] is { } name)
            {
                seen.TryAdd((name, day.Year), day.DayNumber);
            }
        }

        for (var d = 0; d < length; d++)
        {
            var day = first.AddDays(d);
            sameEventLastYear[d] = names[d] is { } name && seen.TryGetValue((name, day.Year - 1), out var before) ? before : -1;
        }
    }

    public DateOnly First => DateOnly.FromDayNumber(firstDayNumber);

    public DateOnly Last => First.AddDays(codes.Length - 1);

    /// <summary>The day's <see cref="EventCode"/> (0 when it is no event).</summary>
    public int Code(DateOnly day) => codes[Index(day)];

    public bool IsEvent(DateOnly day) => codes[Index(day)] != EventCode.None;

    /// <summary>The day last year that was the same event (e.g. last year's Black Friday +2), if the range holds it.</summary>
    public DateOnly? SameEventLastYear(DateOnly day) =>
        sameEventLastYear[Index(day)] is var n and >= 0 ? DateOnly.FromDayNumber(n) : null;

    /// <summary>Days from the year's Black Friday (negative before it), clipped to [-35, 40]: beyond that it is just "far".</summary>
    public static int DaysFromBlackFriday(DateOnly day) =>
        Math.Clamp(day.DayNumber - PeakCalendar.BlackFriday(day.Year).DayNumber, -35, 40);

    /// <summary>Days from the year's Prime Day, clipped to [-14, 14].</summary>
    public static int DaysFromPrimeDay(DateOnly day) =>
        Math.Clamp(day.DayNumber - PeakCalendar.PrimeDay(day.Year).DayNumber, -14, 14);

    private int Index(DateOnly day)
    {
        var i = day.DayNumber - firstDayNumber;
        if ((uint)i >= (uint)codes.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, $"The calendar covers {First:yyyy-MM-dd} to {Last:yyyy-MM-dd} only.");
        }

        return i;
    }
}
