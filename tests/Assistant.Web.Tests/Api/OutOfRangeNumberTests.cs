using System.Net;
using System.Text.Json;

namespace Assistant.Web.Tests.Api;

/// <summary>
/// Issue 12, item 1: numbers far outside any parcel network (a cost of 1e29 or 1e300, demand
/// growing 1e27%) used to reach Clp, whose assertion on objective coefficients of 1e25 aborted the
/// whole server. Each is now refused with a message naming it, and the server answers the next
/// question. The exact reproductions of the issue.
/// </summary>
public sealed class OutOfRangeNumberTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private const string NextQuestion = "What was the volume at SEA4 last week?";

    [Fact]
    public async Task A_lane_cost_of_1e29_asked_in_chat_is_refused_and_the_server_answers_the_next_question()
    {
        var client = app.CreateClient();

        var (status, body, _) = await ApiJson.PostAsync(client, "api/chat",
            new { question = "What if the cost from SEA4 to GEG1 is now 100000000000000000000000000000?" });

        Assert.Equal(HttpStatusCode.OK, status);
        var call = Assert.Single(body.GetProperty("toolCalls").EnumerateArray());
        Assert.Equal("what_if", call.GetProperty("tool").GetString());
        Assert.Equal("input_error", call.GetProperty("outcome").GetString());
        var answer = body.GetProperty("answer").GetString();
        Assert.Contains("1E+29", answer, StringComparison.Ordinal);
        Assert.Contains("a cost per unit must be at most 1,000,000", answer, StringComparison.Ordinal);
        await AssertStillAnsweringAsync(client);
    }

    [Fact]
    public async Task Demand_growing_1e27_percent_in_chat_on_a_network_file_is_refused_and_the_server_answers_the_next_question()
    {
        var client = app.CreateClient();

        var (status, body, _) = await ApiJson.PostAsync(client, "api/chat",
            new { question = "What if demand at DS1 grows 1000000000000000000000000000%?", network = "three-region.json" });

        Assert.Equal(HttpStatusCode.OK, status);
        var call = Assert.Single(body.GetProperty("toolCalls").EnumerateArray());
        Assert.Equal("what_if", call.GetProperty("tool").GetString());
        Assert.Equal("input_error", call.GetProperty("outcome").GetString());
        Assert.Contains("changes[0].factor is 1E+25; it must be at most 1,000", body.GetProperty("answer").GetString(), StringComparison.Ordinal);
        await AssertStillAnsweringAsync(client);
    }

    [Fact]
    public async Task Adding_1e300_to_a_lane_cost_through_the_tools_api_is_a_422_naming_the_value()
    {
        var client = app.CreateClient();

        var (status, body, mediaType) = await ApiJson.PostRawAsync(client, "api/tools/what_if",
            """{"network":"three-region.json","changes":[{"kind":"add_cost","site":"FC1","to":"SC1","value":1e300}]}""");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("application/problem+json", mediaType);
        var detail = body.GetProperty("detail").GetString();
        Assert.Contains("changes[0].value is 1E+300", detail, StringComparison.Ordinal);
        Assert.Contains("at most 1,000,000", detail, StringComparison.Ordinal);

        var (nextStatus, next, _) = await ApiJson.PostRawAsync(client, "api/tools/what_if",
            """{"network":"three-region.json","changes":[{"kind":"add_cost","site":"FC1","to":"SC1","value":1}]}""");
        Assert.Equal(HttpStatusCode.OK, nextStatus);
        Assert.True(next.GetProperty("feasible").GetBoolean());
        await AssertStillAnsweringAsync(client);
    }

    [Theory]
    [InlineData("""{"kind":"scale_demand","site":"DS1","factor":1e25}""", "changes[0].factor is 1E+25")]
    [InlineData("""{"kind":"set_capacity","site":"SC1","value":1e12}""", "changes[0].value is 1E+12; a capacity must be at most 1,000,000,000")]
    [InlineData("""{"kind":"scale_cost","site":"FC1","to":"SC1","factor":1001}""", "changes[0].factor is 1,001; it must be at most 1,000")]
    [InlineData("""{"kind":"set_demand","site":"DS2","value":-1e308}""", "changes[0].value is -1E+308")]
    public async Task Every_magnitude_a_what_if_takes_is_bounded_with_the_argument_named(string change, string expected)
    {
        var (status, body, _) = await ApiJson.PostRawAsync(app.CreateClient(), "api/tools/what_if",
            $$"""{"network":"three-region.json","changes":[{{change}}]}""");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains(expected, body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_truck_plan_with_a_carry_over_penalty_of_1e300_is_a_422_naming_the_argument()
    {
        var (status, body, _) = await ApiJson.PostRawAsync(app.CreateClient(), "api/tools/truck_plan",
            """{"lane":"SEA4-GEG1","carry_over_penalty_usd":1e300}""");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.StartsWith("carry_over_penalty_usd is 1E+300; the carry-over penalty must be 0 to 1,000,000 USD", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static async Task AssertStillAnsweringAsync(HttpClient client)
    {
        var (status, body, _) = await ApiJson.PostAsync(client, "api/chat", new { question = NextQuestion });
        Assert.Equal(HttpStatusCode.OK, status);
        var call = Assert.Single(body.GetProperty("toolCalls").EnumerateArray());
        Assert.Equal("ok", call.GetProperty("outcome").GetString());
        Assert.Equal(JsonValueKind.Number, call.GetProperty("result").GetProperty("total_packages").ValueKind);
    }
}
