namespace Assistant.Core.Csv;

/// <summary>
/// The days a history row may be for. The last is yesterday: today is not over, and a partial
/// day would read as a slump. The first is 2000-01-01: package history from before then is
/// almost surely a mistyped year (0202 for 2020), and days near the start of the calendar would
/// leave no room for the look-backs that forecasts and comparisons make.
/// </summary>
internal sealed record HistoryDays(DateOnly First, DateOnly Last)
{
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    public static HistoryDays UpTo(DateOnly yesterday) => new(Earliest, yesterday);

    /// <summary>Why the day cannot be history, or null when it can.</summary>
    public string? Problem(DateOnly day)
    {
        const string completeOnly = "history holds complete days only, so a day can be imported once it is over.";
        if (day == Last.AddDays(1))
        {
            return $"{CsvValues.Format(day)} is today; {completeOnly}";
        }

        if (day > Last)
        {
            return $"{CsvValues.Format(day)} is after yesterday ({CsvValues.Format(Last)}); {completeOnly}";
        }

        return day < First
            ? $"{CsvValues.Format(day)} is before {CsvValues.Format(First)}, the earliest day history is taken for; is the year mistyped?"
            : null;
    }
}
