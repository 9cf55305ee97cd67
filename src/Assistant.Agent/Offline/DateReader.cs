using System.Globalization;
using System.Text.RegularExpressions;
using Assistant.Core.Calendar;
using Assistant.Plugins.Questions;

namespace Assistant.Agent.Offline;

/// <summary>
/// Reads the dates in a question as a day range relative to today: "yesterday", "last week"
/// (Monday to Sunday), "this month", "the last 30 days" (ending yesterday), "next 14 days"
/// (starting today), "in December" (the latest December that has begun), "on Nov 3", "from
/// 2026-10-01 to 2026-10-15", "since Nov 1", "last Monday", "Black Friday", "Q3 2025".
/// Without a year, a named day or month means the latest one that is not in the future, unless
/// the question looks ahead ("will", "expect", "forecast"): then it means the next one.
/// </summary>
public static partial class DateReader
{
    public sealed record Found(int Start, int Length, DateSpan Span);

    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private const string Month = @"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private const string Day = @"(\d{1,2})(?:st|nd|rd|th)?";
    private const string Count = @"(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|thirty)";

    public static Found? Read(string text, DateOnly today, bool lookingAhead = false)
    {
        var yesterday = today.AddDays(-1);
        foreach (var (pattern, resolve) in Rules)
        {
            var match = pattern.Match(text);
            if (match.Success && resolve(match, today, yesterday) is { } found)
            {
                var span = lookingAhead && found.End < today && NextOccurrence(resolve, match, today) is { } next ? next : found;
                return new Found(match.Index, match.Length, span with { Phrase = match.Value.Trim() });
            }
        }

        return null;
    }

    private delegate DateSpan? Resolver(Match m, DateOnly today, DateOnly yesterday);

    /// <summary>
    /// For a named date read as its latest past occurrence ("Black Friday", "Monday", "in
    /// December"), the next one: the same rule asked as if it were a week, then a year, later,
    /// kept when it starts today or after. Relative ranges ("last week") never qualify, because
    /// they move with the day they are asked on.
    /// </summary>
    private static DateSpan? NextOccurrence(Resolver resolve, Match match, DateOnly today)
    {
        if (Relative().IsMatch(match.Value))
        {
            return null;
        }

        foreach (var later in new[] { today.AddDays(7), today.AddYears(1) })
        {
            if (resolve(match, later, later.AddDays(-1)) is { } span && span.Start >= today)
            {
                return span;
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b(last|past|previous|this|since|ago|yesterday|trailing)\b|\d{4}")]
    private static partial Regex Relative();

    private static readonly (Regex Pattern, Resolver Resolve)[] Rules =
    [
        (new Regex(@"\b(?:from |between )?(\d{4}-\d{2}-\d{2}) ?(?:to|and|until|through|-|–) ?(\d{4}-\d{2}-\d{2})\b"),
            (m, _, _) => Span(Iso(m.Groups[1].Value), Iso(m.Groups[2].Value))),
        (new Regex($@"\b(?:from |between )?{Month} {Day}(?:,? (\d{{4}}))? ?(?:to|and|until|through|-|–) ?(?:{Month} )?{Day}(?:,? (\d{{4}}))?\b"),
            (m, today, _) => MonthDayRange(m, today)),
        (new Regex($@"\bsince (?:{Month} {Day}|(\d{{4}}-\d{{2}}-\d{{2}}))(?:,? (\d{{4}}))?\b"),
            (m, today, yesterday) =>
            {
                var from = m.Groups[4].Success ? Iso(m.Groups[4].Value) : PastDay(MonthNumber(m.Groups[1].Value), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), Year(m.Groups[5]), today);
                return from is null ? null : Span(from.Value, yesterday);
            }),
        (new Regex(@"\b(\d{4}-\d{2}-\d{2})\b"), (m, _, _) => Iso(m.Groups[1].Value) is { } d ? Span(d, d) : null),
        (new Regex(@"\bweek of (.+?)(?=$|[?.!,]| for | at | in )"),
            (m, today, _) => Read(m.Groups[1].Value, today) is { } inner ? Week(inner.Span.Start) : null),
        (new Regex(@"\b(?:the )?day before yesterday\b"), (_, today, _) => Span(today.AddDays(-2), today.AddDays(-2))),
        (new Regex(@"\byesterday\b"), (_, _, y) => Span(y, y)),
        (new Regex(@"\btoday\b"), (_, today, _) => Span(today, today)),
        (new Regex(@"\btomorrow\b"), (_, today, _) => Span(today.AddDays(1), today.AddDays(1))),
        (new Regex($@"\b(?:the )?(?:last|past|previous|trailing) {Count} (days?|weeks?|months?)\b"),
            (m, _, y) => Back(y, Number(m.Groups[1].Value), m.Groups[2].Value)),
        (new Regex($@"\b(?:the )?(?:next|coming|upcoming|following) {Count} (days?|weeks?|months?)\b"),
            (m, today, _) => Ahead(today, Number(m.Groups[1].Value), m.Groups[2].Value)),
        (new Regex(@"\b(?:the )?(?:past|last) fortnight\b"), (_, _, y) => Span(y.AddDays(-13), y)),
        (new Regex(@"\b(?:last|previous|past) week\b|\ba week ago\b"), (_, today, _) => Week(Monday(today).AddDays(-7))),
        (new Regex(@"\bthis week\b|\bweek to date\b|\bwtd\b"), (_, today, y) => Span(Min(Monday(today), y), y)),
        (new Regex(@"\bnext week\b"), (_, today, _) => Week(Monday(today).AddDays(7))),
        (new Regex(@"\b(?:last|previous|past) month\b"), (_, today, _) => WholeMonth(today.AddMonths(-1).Year, today.AddMonths(-1).Month)),
        (new Regex(@"\bthis month\b|\bmonth to date\b|\bmtd\b"), (_, today, y) => Span(Min(new DateOnly(today.Year, today.Month, 1), y), y)),
        (new Regex(@"\bnext month\b"), (_, today, _) => WholeMonth(today.AddMonths(1).Year, today.AddMonths(1).Month)),
        (new Regex(@"\b(?:last|previous|past) year\b"), (_, today, _) => Span(new DateOnly(today.Year - 1, 1, 1), new DateOnly(today.Year - 1, 12, 31))),
        (new Regex(@"\bthis year\b|\byear to date\b|\bytd\b"), (_, today, y) => Span(Min(new DateOnly(today.Year, 1, 1), y), y)),
        (new Regex(@"\b(black friday|cyber monday|prime day|thanksgiving|christmas(?: day)?|new year'?s day|cyber week|bfcm|peak week|december peak|peak season)(?:,? (\d{4}))?\b"),
            (m, today, _) => Event(m.Groups[1].Value, Year(m.Groups[2]), today)),
        (new Regex(@"\bq([1-4])(?:,? (\d{4}))?\b"), (m, today, _) => Quarter(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), Year(m.Groups[2]), today)),
        (new Regex($@"\b(?:on |for )?{Month} {Day}(?:,? (\d{{4}}))?\b"),
            (m, today, _) => PastDay(MonthNumber(m.Groups[1].Value), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), Year(m.Groups[3]), today) is { } d ? Span(d, d) : null),
        (new Regex($@"\b(?:on |for )?(?:the )?{Day} (?:of )?{Month}(?:,? (\d{{4}}))?\b"),
            (m, today, _) => PastDay(MonthNumber(m.Groups[2].Value), int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), Year(m.Groups[3]), today) is { } d ? Span(d, d) : null),
        (new Regex(@"\b(last|this|next|on|past)? ?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"),
            (m, today, _) => Weekday(m.Groups[1].Value, m.Groups[2].Value, today)),
        (new Regex($@"\b(?:in |during |for |of )?(this |last |next )?{Month}(?: (\d{{4}}))?\b"),
            (m, today, _) => MonthMention(m.Groups[1].Value.Trim(), MonthNumber(m.Groups[2].Value), Year(m.Groups[3]), today)),
        (new Regex(@"\b(?:in|during|for) (20\d{2})\b"), (m, _, _) =>
            {
                var year = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
                return Span(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            }),
    ];

    private static DateSpan Span(DateOnly start, DateOnly end) => new(start, end, "");

    private static DateSpan? Span(DateOnly? start, DateOnly? end) =>
        start is { } s && end is { } e ? (s <= e ? Span(s, e) : Span(e, s)) : null;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly? Iso(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static int? Year(Group group) => group.Success ? int.Parse(group.Value, CultureInfo.InvariantCulture) : null;

    private static int MonthNumber(string text) =>
        Array.FindIndex(MonthNames, name => name.StartsWith(text[..Math.Min(3, text.Length)], StringComparison.Ordinal)) + 1;

    private static int Number(string text) => text switch
    {
        "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7, "eight" => 8,
        "nine" => 9, "ten" => 10, "eleven" => 11, "twelve" => 12, "fourteen" => 14, "thirty" => 30,
        _ => int.Parse(text, CultureInfo.InvariantCulture),
    };

    private static DateSpan? Back(DateOnly yesterday, int n, string unit)
    {
        if (n < 1 || n > 1200)
        {
            return null;
        }

        var start = unit.StartsWith("day", StringComparison.Ordinal) ? yesterday.AddDays(1 - n)
            : unit.StartsWith("week", StringComparison.Ordinal) ? yesterday.AddDays(1 - 7 * n)
            : yesterday.AddMonths(-n).AddDays(1);
        return Span(start, yesterday);
    }

    private static DateSpan? Ahead(DateOnly today, int n, string unit)
    {
        if (n < 1 || n > 1200)
        {
            return null;
        }

        var end = unit.StartsWith("day", StringComparison.Ordinal) ? today.AddDays(n - 1)
            : unit.StartsWith("week", StringComparison.Ordinal) ? today.AddDays(7 * n - 1)
            : today.AddMonths(n).AddDays(-1);
        return Span(today, end);
    }

    private static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static DateSpan Week(DateOnly monday) => Span(Monday(monday), Monday(monday).AddDays(6));

    private static DateSpan WholeMonth(int year, int month) =>
        Span(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));

    private static DateOnly? PastDay(int month, int day, int? year, DateOnly today)
    {
        if (month < 1 || day < 1 || day > 31)
        {
            return null;
        }

        var y = year ?? today.Year;
        if (day > DateTime.DaysInMonth(y, month))
        {
            return null;
        }

        var date = new DateOnly(y, month, day);
        return year is null && date >= today ? date.AddYears(-1) : date;
    }

    private static DateSpan? MonthDayRange(Match m, DateOnly today)
    {
        var firstMonth = MonthNumber(m.Groups[1].Value);
        var secondMonth = m.Groups[4].Success ? MonthNumber(m.Groups[4].Value) : firstMonth;
        var year = Year(m.Groups[3]) ?? Year(m.Groups[6]);
        var start = PastDay(firstMonth, int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), year, today);
        var end = PastDay(secondMonth, int.Parse(m.Groups[5].Value, CultureInfo.InvariantCulture), year ?? start?.Year, today.AddYears(1));
        return Span(start, end);
    }

    private static DateSpan? MonthMention(string which, int month, int? year, DateOnly today)
    {
        if (month < 1)
        {
            return null;
        }

        var y = year ?? which switch
        {
            "this" => today.Year,
            "next" => month > today.Month ? today.Year : today.Year + 1,
            "last" => month < today.Month ? today.Year : today.Year - 1,
            _ => month <= today.Month ? today.Year : today.Year - 1,
        };
        return WholeMonth(y, month);
    }

    private static DateSpan? Weekday(string which, string name, DateOnly today)
    {
        var target = Enum.Parse<DayOfWeek>(name, ignoreCase: true);
        if (which == "next")
        {
            var ahead = ((int)target - (int)today.DayOfWeek + 7) % 7;
            var day = today.AddDays(ahead == 0 ? 7 : ahead);
            return Span(day, day);
        }

        var back = ((int)today.DayOfWeek - (int)target + 7) % 7;
        var past = today.AddDays(-(back == 0 ? 7 : back));
        return Span(past, past);
    }

    private static DateSpan? Quarter(int quarter, int? year, DateOnly today)
    {
        var y = year ?? (new DateOnly(today.Year, 3 * quarter - 2, 1) <= today ? today.Year : today.Year - 1);
        var start = new DateOnly(y, 3 * quarter - 2, 1);
        return Span(start, start.AddMonths(3).AddDays(-1));
    }

    private static DateSpan? Event(string name, int? year, DateOnly today)
    {
        DateSpan For(int y) => name switch
        {
            "black friday" => Span(PeakCalendar.BlackFriday(y), PeakCalendar.BlackFriday(y)),
            "cyber monday" => Span(PeakCalendar.CyberMonday(y), PeakCalendar.CyberMonday(y)),
            "prime day" => Span(PeakCalendar.PrimeDay(y), PeakCalendar.PrimeDay(y).AddDays(1)),
            "thanksgiving" => Span(PeakCalendar.Thanksgiving(y), PeakCalendar.Thanksgiving(y)),
            "cyber week" or "bfcm" or "peak week" => Span(PeakCalendar.BlackFriday(y), PeakCalendar.CyberMonday(y)),
            "december peak" or "peak season" => Span(new DateOnly(y, 12, 1), new DateOnly(y, 12, 24)),
            "new year's day" or "new years day" => Span(new DateOnly(y, 1, 1), new DateOnly(y, 1, 1)),
            _ => Span(new DateOnly(y, 12, 25), new DateOnly(y, 12, 25)),
        };

        if (year is { } fixedYear)
        {
            return For(fixedYear);
        }

        var thisYear = For(today.Year);
        return thisYear.Start < today ? thisYear : For(today.Year - 1);
    }
}
