namespace Assistant.Agent.Tests;

/// <summary>A clock stopped at one instant, in UTC, so that "yesterday" and "last week" are fixed.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static readonly FixedClock Default = new(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public DateOnly Today => DateOnly.FromDateTime(now.UtcDateTime);
}
