using Assistant.Core.History;
using Xunit.Abstractions;

namespace Assistant.Agent.Tests;

public sealed class SmokeTests(DemoAssistant demo, ITestOutputHelper output) : IClassFixture<DemoAssistant>
{
    [Fact]
    public async Task Volume_at_a_sort_center_last_week_is_the_stored_sum()
    {
        var answer = await demo.Runtime.Agent.AskAsync([], "What was the volume at SEA4 last week?");
        output.WriteLine(answer.Text);
        foreach (var call in answer.ToolCalls)
        {
            output.WriteLine($"{call.Tool} {call.ArgumentsJson} {call.Outcome} {call.DurationMs:F1} ms");
        }

        var stored = await demo.Runtime.Store.GetVolumeAsync(VolumeScope.Site("SEA4"), new DateOnly(2026, 11, 9), new DateOnly(2026, 11, 15));
        Assert.Equal(7, stored.Count);
        Assert.Contains(stored.Sum(v => v.Packages).ToString("N0", System.Globalization.CultureInfo.InvariantCulture), answer.Text);
        var call1 = Assert.Single(answer.ToolCalls);
        Assert.Equal("volume_history", call1.Tool);
    }
}
