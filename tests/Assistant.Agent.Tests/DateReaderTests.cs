using Assistant.Agent.Offline;

namespace Assistant.Agent.Tests;

/// <summary>Date phrases, read on Sunday 2026-11-22.</summary>
public sealed class DateReaderTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    [Theory]
    [InlineData("yesterday", "2026-11-21", "2026-11-21")]
    [InlineData("last week", "2026-11-09", "2026-11-15")]
    [InlineData("this week", "2026-11-16", "2026-11-21")]
    [InlineData("last month", "2026-10-01", "2026-10-31")]
    [InlineData("this month", "2026-11-01", "2026-11-21")]
    [InlineData("the last 30 days", "2026-10-23", "2026-11-21")]
    [InlineData("past two weeks", "2026-11-08", "2026-11-21")]
    [InlineData("next 14 days", "2026-11-22", "2026-12-05")]
    [InlineData("next week", "2026-11-23", "2026-11-29")]
    [InlineData("in december", "2025-12-01", "2025-12-31")]
    [InlineData("in december 2024", "2024-12-01", "2024-12-31")]
    [InlineData("in october", "2026-10-01", "2026-10-31")]
    [InlineData("on nov 3", "2026-11-03", "2026-11-03")]
    [InlineData("on 3 november", "2026-11-03", "2026-11-03")]
    [InlineData("on nov 30", "2025-11-30", "2025-11-30")]
    [InlineData("from 2026-10-01 to 2026-10-15", "2026-10-01", "2026-10-15")]
    [InlineData("between oct 5 and oct 11", "2026-10-05", "2026-10-11")]
    [InlineData("since nov 1", "2026-11-01", "2026-11-21")]
    [InlineData("last monday", "2026-11-16", "2026-11-16")]
    [InlineData("on friday", "2026-11-20", "2026-11-20")]
    [InlineData("black friday", "2025-11-28", "2025-11-28")]
    [InlineData("cyber monday 2024", "2024-12-02", "2024-12-02")]
    [InlineData("prime day", "2026-07-14", "2026-07-15")]
    [InlineData("q3", "2026-07-01", "2026-09-30")]
    [InlineData("q4", "2026-10-01", "2026-12-31")]
    [InlineData("this year", "2026-01-01", "2026-11-21")]
    [InlineData("last year", "2025-01-01", "2025-12-31")]
    [InlineData("the week of nov 2", "2026-11-02", "2026-11-08")]
    [InlineData("the day before yesterday", "2026-11-20", "2026-11-20")]
    public void A_date_phrase_reads_as_the_expected_range(string phrase, string start, string end)
    {
        var found = DateReader.Read($"volume at sea4 {phrase}", Today);
        Assert.NotNull(found);
        Assert.Equal((DateOnly.Parse(start), DateOnly.Parse(end)), (found.Span.Start, found.Span.End));
    }

    [Theory]
    [InlineData("black friday", "2026-11-27", "2026-11-27")]
    [InlineData("on monday", "2026-11-23", "2026-11-23")]
    [InlineData("in december", "2026-12-01", "2026-12-31")]
    [InlineData("on nov 30", "2026-11-30", "2026-11-30")]
    [InlineData("last week", "2026-11-09", "2026-11-15")]
    [InlineData("next 14 days", "2026-11-22", "2026-12-05")]
    public void A_question_that_looks_ahead_reads_named_dates_as_their_next_occurrence(string phrase, string start, string end)
    {
        var found = DateReader.Read($"how much will sea4 get {phrase}", Today, lookingAhead: true);
        Assert.NotNull(found);
        Assert.Equal((DateOnly.Parse(start), DateOnly.Parse(end)), (found.Span.Start, found.Span.End));
    }

    [Theory]
    [InlineData("volume at sea4")]
    [InlineData("top 5 lanes")]
    [InlineData("missort rate at bfi3 over 20% of days")]
    public void A_question_without_dates_has_none(string question) => Assert.Null(DateReader.Read(question, Today));
}
