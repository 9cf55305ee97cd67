using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Assistant.Agent;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Web.Tests.Api;

public sealed class ToolsApiTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private IReadOnlyList<string> FunctionNames =>
        app.Services.GetRequiredService<AssistantRuntime>().Plugins.SelectMany(p => p.Functions).Select(f => f.Name).ToList();

    [Fact]
    public async Task The_list_has_every_plugin_function_with_its_schema_and_path()
    {
        var tools = await app.CreateClient().GetFromJsonAsync<JsonElement>("api/tools");

        var names = tools.EnumerateArray().Select(t => t.GetProperty("name").GetString()!).ToList();
        Assert.Equal(FunctionNames, names);
        Assert.All(tools.EnumerateArray(), tool =>
        {
            Assert.False(string.IsNullOrWhiteSpace(tool.GetProperty("description").GetString()));
            Assert.Equal("object", tool.GetProperty("parameters").GetProperty("type").GetString());
            Assert.Equal($"/api/tools/{tool.GetProperty("name").GetString()}", tool.GetProperty("path").GetString());
        });
    }

    [Fact]
    public async Task Describe_site_returns_the_site()
    {
        var (status, body, mediaType) = await ApiJson.PostAsync(app.CreateClient(), "api/tools/describe_site", new { site = "SEA4" });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/json", mediaType);
        Assert.Equal("SEA4", body.GetProperty("site").GetProperty("code").GetString());
        Assert.True(body.GetProperty("average_packages_per_day_recent").GetInt64() > 0);
    }

    [Fact]
    public async Task A_function_without_required_arguments_can_be_called_with_an_empty_body()
    {
        using var response = await app.CreateClient().PostAsync("api/tools/list_regions", null);
        var body = await ApiJson.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body.GetProperty("regions").GetArrayLength() > 0);
    }

    [Theory]
    [InlineData("describe_site", "{}", "site", "required")]
    [InlineData("describe_site", """{"site":null}""", "site", "required")]
    [InlineData("describe_site", """{"site":4}""", "site", "must be a string")]
    [InlineData("describe_site", """{"site":"SEA4","sight":"PDX2"}""", "sight", "not a known argument")]
    [InlineData("truck_plan", """{"site":"SEA4","consolidation":"yes"}""", "consolidation", "must be a boolean")]
    [InlineData("labor_plan", """{"site":"PDX2","max_hires_per_day":2.5}""", "max_hires_per_day", "whole number")]
    [InlineData("what_if", """{"changes":{"kind":"close"}}""", "changes", "must be an array")]
    [InlineData("what_if", """{"changes":[{"site":"SC1"}]}""", "changes[0].kind", "required")]
    public async Task Arguments_that_do_not_fit_the_schema_are_a_validation_problem_naming_the_argument(string function, string json, string argument, string complaint)
    {
        var (status, body, mediaType) = await ApiJson.PostRawAsync(app.CreateClient(), $"api/tools/{function}", json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", mediaType);
        var messages = body.GetProperty("errors").GetProperty(argument);
        Assert.Contains(complaint, messages[0].GetString());
        Assert.Contains(argument, body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_problem()
    {
        var (status, _, mediaType) = await ApiJson.PostRawAsync(app.CreateClient(), "api/tools/describe_site", "{site:");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", mediaType);
    }

    [Fact]
    public async Task An_unknown_function_is_not_found()
    {
        var (status, body, mediaType) = await ApiJson.PostAsync(app.CreateClient(), "api/tools/launch_rocket", new { });

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("application/problem+json", mediaType);
        Assert.Contains("launch_rocket", body.GetProperty("detail").GetString());
        Assert.Contains("describe_site", body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task What_the_function_refuses_is_unprocessable_with_its_message()
    {
        var (status, body, mediaType) = await ApiJson.PostAsync(app.CreateClient(), "api/tools/describe_site", new { site = "XYZ9" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("application/problem+json", mediaType);
        Assert.Contains("XYZ9", body.GetProperty("detail").GetString());
    }
}
