using Assistant.Agent.Grounding;

namespace Assistant.Agent.Tests;

public sealed class NumberGroundingTests
{
    private const string Result = """{"total_packages":103621,"change_pct":0.8,"average":14802.99,"day":"2026-11-09","shift":"Night from 21:00 for 10 h"}""";

    [Fact]
    public void Numbers_from_the_result_are_grounded_whatever_their_formatting()
    {
        var answer = "**SEA4** handled **103,621 packages** on Mon 9 Nov 2026, +0.8%, 14,803 a day; night shift 10 h from 21:00.";
        Assert.Empty(NumberGrounding.UngroundedNumbers(answer, [Result]));
    }

    [Fact]
    public void A_number_no_tool_returned_is_flagged()
    {
        var answer = "SEA4 handled 103,621 packages and will get 120,000 next week.";
        Assert.Equal(["120,000"], NumberGrounding.UngroundedNumbers(answer, [Result]));
    }
}
