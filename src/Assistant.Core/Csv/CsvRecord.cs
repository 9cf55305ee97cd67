using System.Globalization;

namespace Assistant.Core.Csv;

/// <summary>
/// One data row, read by column name. Each reader checks its value and, when it is wrong, records
/// a problem naming the file, row and column and returns a placeholder; the caller keeps reading
/// the row so that every bad cell is reported, then drops the row if <see cref="HasProblems"/>.
/// </summary>
internal sealed class CsvRecord(string file, int row, IReadOnlyDictionary<string, int> columns, IReadOnlyList<string> fields, CsvProblems problems)
{
    public string File => file;

    public int Row => row;

    public bool HasProblems { get; private set; }

    public void Problem(string column, string message)
    {
        HasProblems = true;
        problems.Add(file, row, column, message);
    }

    /// <summary>The trimmed cell, or null when the file has no such column (an optional one left out).</summary>
    public string? Cell(string column) => columns.TryGetValue(column, out var index) ? fields[index].Trim() : null;

    public string Text(string column)
    {
        var value = Cell(column);
        if (string.IsNullOrEmpty(value))
        {
            Problem(column, "a value is required but the cell is empty.");
            return "";
        }

        return Printable(column, value);
    }

    /// <summary>Text that may be empty (a site's city, say).</summary>
    public string OptionalText(string column) => Printable(column, Cell(column) ?? "");

    // Names and codes end up in answers, pages and terminals; a control character (a terminal
    // escape sequence, a line break inside a name) could restyle or rewrite what a planner sees.
    private string Printable(string column, string value)
    {
        foreach (var c in value)
        {
            if (char.IsControl(c))
            {
                Problem(column, $"holds a control character (U+{(int)c:X4}); names and codes must be printable text on one line.");
                return "";
            }
        }

        return value;
    }

    public long Long(string column, long min, long max = long.MaxValue) =>
        OptionalLong(column, min, max, required: true) ?? 0;

    public int Int(string column, int min, int max = int.MaxValue) =>
        (int)(OptionalLong(column, min, max, required: true) ?? 0);

    public int? OptionalInt(string column, int min, int max = int.MaxValue) =>
        (int?)OptionalLong(column, min, max, required: false);

    public double Double(string column, double min, double max = double.MaxValue) =>
        OptionalDouble(column, min, max, required: true) ?? 0;

    public double? OptionalDouble(string column, double min, double max = double.MaxValue) =>
        OptionalDouble(column, min, max, required: false);

    /// <summary>A number that must be more than zero: a rate or capacity of 0 would divide by zero downstream.</summary>
    public double PositiveDouble(string column)
    {
        var value = OptionalDouble(column, 0, double.MaxValue, required: true);
        if (value == 0)
        {
            Problem(column, $"\"{Cell(column)}\" must be more than 0.");
        }

        return value ?? 0;
    }

    public decimal Decimal(string column, decimal min)
    {
        var text = Text(column);
        if (text.Length == 0)
        {
            return 0;
        }

        if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            Problem(column, NotANumber(text));
            return 0;
        }

        if (value < min)
        {
            Problem(column, BelowMinimum(text, min.ToString(CultureInfo.InvariantCulture)));
            return 0;
        }

        return value;
    }

    /// <summary>A date that must be a day history can hold (see <see cref="HistoryDays"/>).</summary>
    public DateOnly HistoryDay(string column, HistoryDays days)
    {
        if (!TryDate(column, out var date))
        {
            return default;
        }

        if (days.Problem(date) is { } problem)
        {
            Problem(column, problem);
        }

        return date;
    }

    private bool TryDate(string column, out DateOnly date)
    {
        date = default;
        var text = Text(column);
        if (text.Length == 0)
        {
            return false;
        }

        if (!CsvValues.TryParseDate(text, out date))
        {
            Problem(column, $"\"{text}\" is not a date; dates are written yyyy-MM-dd, for example 2025-03-14.");
            return false;
        }

        return true;
    }

    public TimeOnly Time(string column)
    {
        var text = Text(column);
        if (text.Length == 0)
        {
            return default;
        }

        if (!CsvValues.TryParseTime(text, out var time))
        {
            Problem(column, $"\"{text}\" is not a time of day; times are written HH:mm on a 24-hour clock, for example 21:30.");
        }

        return time;
    }

    /// <summary>A code naming something defined elsewhere, answered in the spelling that will be stored.</summary>
    public string Reference(string column, KnownCodes known)
    {
        var text = Text(column);
        if (text.Length == 0)
        {
            return "";
        }

        if (known.Find(text) is { } code)
        {
            return code;
        }

        // When the defining file could not be read, the code may sit in its unread rows: saying
        // "unknown" for every reference would bury the real problem.
        if (known.Complete)
        {
            Problem(column, known.DescribeUnknown(text));
        }

        return text;
    }

    private long? OptionalLong(string column, long min, long max, bool required)
    {
        var text = required ? Text(column) : Cell(column) ?? "";
        if (text.Length == 0)
        {
            return null;
        }

        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            var isNumber = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number);
            Problem(column, isNumber ? $"\"{text}\" is not a whole number." : NotANumber(text));
            return null;
        }

        if (value < min)
        {
            Problem(column, BelowMinimum(text, min.ToString(CultureInfo.InvariantCulture)));
            return null;
        }

        if (value > max)
        {
            Problem(column, $"\"{text}\" must be at most {max.ToString(CultureInfo.InvariantCulture)}.");
            return null;
        }

        return value;
    }

    private double? OptionalDouble(string column, double min, double max, bool required)
    {
        var text = required ? Text(column) : Cell(column) ?? "";
        if (text.Length == 0)
        {
            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            Problem(column, NotANumber(text));
            return null;
        }

        if (value < min)
        {
            Problem(column, BelowMinimum(text, min.ToString(CultureInfo.InvariantCulture)));
            return null;
        }

        if (value > max)
        {
            Problem(column, $"\"{text}\" must be at most {max.ToString(CultureInfo.InvariantCulture)}.");
            return null;
        }

        return value;
    }

    private static string NotANumber(string text) =>
        $"\"{text}\" is not a number (write numbers with a dot for decimals and no thousands separators).";

    private static string BelowMinimum(string text, string min) => min == "0"
        ? $"\"{text}\" is negative; it must be 0 or more."
        : $"\"{text}\" must be at least {min}.";
}
