using System.Globalization;

namespace Assistant.Core.Csv;

/// <summary>
/// The ISO 8601 timestamps a long series file (forecast or metric input) may use: a date (2025-03-01), or a date and time
/// with 'T' or a space between them, minutes or seconds (with fractions), and optionally 'Z' or an
/// offset (+02:00). Each parsed timestamp remembers which of these layouts it had, so forecasts
/// can be written in the layout the input used.
/// </summary>
public static class TimestampText
{
    private static readonly string[] Formats = BuildFormats();

    /// <summary>
    /// Parses a timestamp to an instant (UTC ticks; a timestamp without a zone is read as UTC,
    /// which keeps its clock time and makes every day 24 hours long), its offset and its layout.
    /// </summary>
    public static bool TryParse(string text, out long utcTicks, out TimeSpan offset, out byte format)
    {
        for (var i = 0; i < Formats.Length; i++)
        {
            if (DateTimeOffset.TryParseExact(text, Formats[i], CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal, out var parsed))
            {
                utcTicks = parsed.UtcTicks;
                offset = parsed.Offset;
                format = (byte)i;
                return true;
            }
        }

        (utcTicks, offset, format) = (0, TimeSpan.Zero, 0);
        return false;
    }

    /// <summary>Parses a timestamp to a UTC instant, for readers that need no layout.</summary>
    public static bool TryParse(string text, out DateTime utc)
    {
        var ok = TryParse(text, out var ticks, out _, out _);
        utc = ok ? new DateTime(ticks, DateTimeKind.Utc) : default;
        return ok;
    }

    /// <summary>The instant written in the given layout, at the given offset.</summary>
    public static string Format(long utcTicks, TimeSpan offset, byte format) =>
        new DateTimeOffset(utcTicks, TimeSpan.Zero).ToOffset(offset).ToString(Formats[format], CultureInfo.InvariantCulture);

    /// <summary>The calendar day of an instant as it reads at its offset.</summary>
    public static DateOnly Day(long utcTicks, TimeSpan offset) =>
        DateOnly.FromDateTime(new DateTimeOffset(utcTicks, TimeSpan.Zero).ToOffset(offset).DateTime);

    private static string[] BuildFormats()
    {
        var formats = new List<string> { "yyyy-MM-dd" };
        foreach (var zone in new[] { "", "'Z'", "zzz" })
        {
            foreach (var separator in new[] { "'T'", " " })
            {
                foreach (var time in new[] { "HH:mm", "HH:mm:ss", "HH:mm:ss.FFFFFFF" })
                {
                    formats.Add($"yyyy-MM-dd{separator}{time}{zone}");
                }
            }
        }

        return [.. formats];
    }
}
