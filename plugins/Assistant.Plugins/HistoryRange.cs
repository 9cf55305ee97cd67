using System.Globalization;
using Assistant.Core;
using Assistant.Core.History;

namespace Assistant.Plugins;

/// <summary>
/// A history period asked for by a caller, checked against the days the store holds. Dates are
/// ISO (yyyy-MM-dd); a missing end means the last day with history; a missing start means
/// <c>defaultDays</c> before the end. A range that runs past the history is cut to it, with a
/// note; a range with no history at all is refused with the window that exists.
/// </summary>
public sealed record HistoryRange(DateOnly Start, DateOnly End, IReadOnlyList<string> Notes)
{
    public const int MaxDays = 3 * 366;

    public int Days => End.DayNumber - Start.DayNumber + 1;

    public static HistoryRange Resolve(string? start, string? end, HistoryWindow? window, int defaultDays)
    {
        if (window is null)
        {
            throw new InputError("The store holds no history yet. Run `assistant data init` to load the demo network, or import your own CSV files.");
        }

        var endDay = ParseDay(end, "end") ?? window.Last;
        var startDay = ParseDay(start, "start") ?? endDay.AddDays(1 - defaultDays);
        if (startDay > endDay)
        {
            throw new InputError($"The start {Iso(startDay)} is after the end {Iso(endDay)}.");
        }

        if (endDay.DayNumber - startDay.DayNumber + 1 > MaxDays)
        {
            throw new InputError($"A range can span at most {MaxDays} days; {Iso(startDay)} to {Iso(endDay)} is longer.");
        }

        if (endDay < window.First || startDay > window.Last)
        {
            var hint = startDay > window.Last ? " That is in the future; forecasts answer questions about days to come." : "";
            throw new InputError(
                $"There is no history from {Iso(startDay)} to {Iso(endDay)}: the store holds {Iso(window.First)} to {Iso(window.Last)}.{hint}");
        }

        var notes = new List<string>();
        if (startDay < window.First || endDay > window.Last)
        {
            var cutStart = startDay < window.First ? window.First : startDay;
            var cutEnd = endDay > window.Last ? window.Last : endDay;
            notes.Add($"History covers {Iso(window.First)} to {Iso(window.Last)}, so the range was cut to {Iso(cutStart)} to {Iso(cutEnd)}.");
            startDay = cutStart;
            endDay = cutEnd;
        }

        return new HistoryRange(startDay, endDay, notes);
    }

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A day given as yyyy-MM-dd, or null when none was given; anything else is refused.</summary>
    public static DateOnly? ParseDay(string? text, string name)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        throw new InputError($"The {name} date '{text}' is not a date in the form yyyy-MM-dd.");
    }
}
