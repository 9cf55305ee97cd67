using System.Globalization;
using Assistant.Core.Network;

namespace Assistant.Core.Csv;

/// <summary>
/// A sort center's shifts in one cell, "Night@21:00+10;Day@07:00+10": name, start time and
/// length in hours, so that one row holds a whole sort center as a planner would write it.
/// </summary>
internal static class ShiftsText
{
    public static string Format(IEnumerable<Shift> shifts) =>
        string.Join(";", shifts.Select(s => $"{s.Name}@{CsvValues.Format(s.Start)}+{CsvValues.Format(s.Hours)}"));

    public static bool TryParse(string text, out IReadOnlyList<Shift> shifts, out string error)
    {
        var parsed = new List<Shift>();
        shifts = parsed;
        error = "";
        foreach (var part in text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var at = part.IndexOf('@', StringComparison.Ordinal);
            var plus = part.LastIndexOf('+');
            if (at <= 0 || plus < at)
            {
                error = $"shift \"{part}\" is not written Name@HH:mm+hours, for example Night@21:00+10.";
                return false;
            }

            var name = part[..at].Trim();
            var start = part[(at + 1)..plus].Trim();
            var hours = part[(plus + 1)..].Trim();
            if (!CsvValues.TryParseTime(start, out var startTime))
            {
                error = $"shift \"{part}\" starts at \"{start}\", which is not a time of day (HH:mm).";
                return false;
            }

            if (!double.TryParse(hours, NumberStyles.Float, CultureInfo.InvariantCulture, out var length) || !(length > 0 && length <= 24))
            {
                error = $"shift \"{part}\" lasts \"{hours}\" hours; a shift lasts more than 0 and at most 24 hours.";
                return false;
            }

            if (parsed.Any(s => s.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
            {
                error = $"shift {name} is listed twice.";
                return false;
            }

            parsed.Add(new Shift(name, startTime, length));
        }

        if (parsed.Count == 0)
        {
            error = "a sort center needs at least one shift, written Name@HH:mm+hours and separated by ';', for example Night@21:00+10;Day@07:00+10.";
            return false;
        }

        return true;
    }
}
