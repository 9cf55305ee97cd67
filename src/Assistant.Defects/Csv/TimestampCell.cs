using System.Globalization;

namespace Assistant.Defects.Csv;

/// <summary>
/// The ISO 8601 timestamps a metric file may use, the same layouts the forecast input accepts: a
/// date (2025-03-01), or a date and time with 'T' or a space between, minutes or seconds (with
/// fractions), optionally 'Z' or an offset. A timestamp without a zone is read as UTC, which keeps
/// its clock time and makes every day 24 hours long.
/// </summary>
internal static class TimestampCell
{
    private static readonly string[] Formats = BuildFormats();

    public static bool TryParse(string text, out DateTime utc)
    {
        if (DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            utc = parsed.UtcDateTime;
            return true;
        }

        utc = default;
        return false;
    }

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
