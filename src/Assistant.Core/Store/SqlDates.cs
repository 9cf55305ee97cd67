using System.Globalization;

namespace Assistant.Core.Store;

/// <summary>Days are stored as ISO text (yyyy-MM-dd), which sorts and compares correctly in SQL.</summary>
internal static class SqlDates
{
    public static string ToSql(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly FromSql(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string ToSql(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static TimeOnly TimeFromSql(string text) => TimeOnly.ParseExact(text, "HH:mm", CultureInfo.InvariantCulture);
}
