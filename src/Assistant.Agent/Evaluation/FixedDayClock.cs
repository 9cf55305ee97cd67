namespace Assistant.Agent.Evaluation;

/// <summary>
/// A clock stopped at 10:00 UTC of a suite's <c>today</c>, in a UTC time zone, so that
/// "yesterday", "next week" and the demo store's last day do not depend on when the suite runs.
/// </summary>
public sealed class FixedDayClock(DateOnly today) : TimeProvider
{
    private readonly DateTimeOffset _now = new(today.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);

    public DateOnly Today => today;

    public override DateTimeOffset GetUtcNow() => _now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
