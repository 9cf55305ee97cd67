using System.Net;
using System.Text;
using System.Text.Json;
using Assistant.Web.Tests.Api;

namespace Assistant.Web.Tests.Hardening;

/// <summary>
/// Issue 12, item 7: every API error is problem details. A too-long upload name answered 405 (the
/// error page re-ran the PUT), duplicate JSON keys an HTML 500, an empty or broken /api/chat body
/// an empty 400.
/// </summary>
public sealed class ProblemResponsesTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task An_upload_name_of_251_characters_is_a_400_problem_that_says_how_long_a_name_may_be()
    {
        var name = new string('n', 246) + ".json";
        Assert.Equal(251, name.Length);

        using var response = await app.CreateClient().PutAsync($"api/networks/{name}", new StringContent("{}"));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "at most 100 characters");
    }

    [Fact]
    public async Task A_key_given_twice_in_tool_arguments_is_a_400_problem_naming_it()
    {
        using var response = await PostAsync("api/tools/describe_site", """{"site": "SEA4", "site": "PDX2"}""");

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "site");
    }

    [Fact]
    public async Task A_key_given_twice_in_a_chat_body_is_a_400_problem_naming_it()
    {
        using var response = await PostAsync("api/chat", """{"question": "Tell me about PDX2", "question": "Tell me about SEA4"}""");

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "question");
    }

    [Theory]
    [InlineData("api/chat")]
    [InlineData("api/chat/sse")]
    public async Task An_empty_chat_body_is_a_400_problem_that_says_a_json_object_is_wanted(string path)
    {
        using var response = await PostAsync(path, "");

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "JSON");
    }

    [Theory]
    [InlineData("api/chat", "{\"question\": ")]
    [InlineData("api/chat", "not json")]
    [InlineData("api/chat", "{\"question\": 5}")]
    [InlineData("api/chat/sse", "[1, 2]")]
    public async Task A_malformed_chat_body_is_a_400_problem_that_says_what_is_wrong(string path, string body)
    {
        using var response = await PostAsync(path, body);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "JSON");
    }

    [Fact]
    public async Task A_method_an_endpoint_does_not_take_is_a_405_problem()
    {
        using var response = await app.CreateClient().PutAsync("api/chat", new StringContent("{}", Encoding.UTF8, "application/json"));

        await AssertProblemAsync(response, HttpStatusCode.MethodNotAllowed, "does not take PUT");
    }

    [Fact]
    public async Task An_api_address_that_does_not_exist_is_a_404_problem()
    {
        using var response = await app.CreateClient().GetAsync("api/no-such-thing");

        await AssertProblemAsync(response, HttpStatusCode.NotFound, "/openapi/v1.json");
    }

    private async Task<HttpResponseMessage> PostAsync(string path, string json) =>
        await app.CreateClient().PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

    internal static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string detailPart)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(text);
        var problem = document.RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.Contains(detailPart, problem.GetProperty("detail").GetString());
        return problem;
    }
}
