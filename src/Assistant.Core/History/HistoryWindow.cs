namespace Assistant.Core.History;

/// <summary>The first and last day with history in the store.</summary>
public sealed record HistoryWindow(DateOnly First, DateOnly Last)
{
    public int Days => Last.DayNumber - First.DayNumber + 1;
}
