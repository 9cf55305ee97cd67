using Assistant.Defects;

namespace Assistant.Defects.Tests;

public sealed class MetricPointTests
{
    [Fact]
    public void Points_with_the_same_reading_are_equal()
    {
        var at = new DateTime(2026, 11, 2, 8, 0, 0, DateTimeKind.Utc);
        Assert.Equal(new MetricPoint(at, 4.5), new MetricPoint(at, 4.5));
        Assert.NotEqual(new MetricPoint(at, 4.5), new MetricPoint(at, 4.6));
    }
}
