namespace Assistant.Core.Calendar;

/// <summary>A day that moves parcel volume: a US holiday or a retail peak event.</summary>
public sealed record CalendarEvent(DateOnly Date, string Name, CalendarEventKind Kind);

public enum CalendarEventKind
{
    Holiday,
    PeakEvent,
}
