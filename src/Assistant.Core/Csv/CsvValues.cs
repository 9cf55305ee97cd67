using System.Globalization;

namespace Assistant.Core.Csv;

/// <summary>
/// How values are spelled in the files: invariant culture always, so a file written on a
/// machine set to German reads back the same everywhere; doubles in their shortest round-trip
/// form so export then import changes nothing.
/// </summary>
internal static class CsvValues
{
    public const string DateFormat = "yyyy-MM-dd";
    public const string TimeFormat = "HH:mm";

    private static readonly string[] TimeFormats = ["HH:mm", "H:mm"];

    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Format(double? value) => value is { } v ? Format(v) : "";

    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Format(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    public static string Format(DateOnly value) => value.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static string Format(TimeOnly value) => value.ToString(TimeFormat, CultureInfo.InvariantCulture);

    public static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static bool TryParseTime(string text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
}
