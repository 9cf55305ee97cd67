using System.Net;
using System.Net.Http.Json;
using Assistant.Plugins.Capacity;
using Assistant.Web.Chat;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Web.Tests;

/// <summary>
/// GET /api/networks and PUT /api/networks/{name}, and questions about a chosen network file
/// through the chat stream. Each test uploads under its own name, since the class shares one app
/// (and so one networks folder).
/// </summary>
public sealed class NetworkFilesTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private const string WhatIf = "What happens if demand at DS1 grows 20%?";

    private static readonly string Examples = Path.Combine(AppContext.BaseDirectory, "examples", "networks");

    private string Folder => app.Services.GetRequiredService<NetworkFiles>().Folder;

    [Fact]
    public async Task The_list_includes_the_shipped_examples()
    {
        var listed = await app.CreateClient().GetFromJsonAsync<List<string>>("api/networks");

        Assert.NotNull(listed);
        Assert.Contains("example.json", listed);
        Assert.Contains("three-region.json", listed);
    }

    [Fact]
    public async Task An_uploaded_network_is_listed_and_a_what_if_on_it_answers_with_its_numbers()
    {
        var client = app.CreateClient();

        using var response = await UploadAsync(client, "regions-upload.json", Example("three-region.json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"name\":\"regions-upload.json\"", await response.Content.ReadAsStringAsync());
        Assert.Contains("regions-upload.json", await client.GetFromJsonAsync<List<string>>("api/networks") ?? []);
        var baseline = await ChatStream.AskAsync(client, "What is the baseline plan cost?", network: "regions-upload.json");
        Assert.Equal("done", baseline[^1].Type);
        Assert.Contains("costs <strong>8,008</strong>", baseline[^1].Html);
        var whatIf = await ChatStream.AskAsync(client, WhatIf, network: "regions-upload.json");
        Assert.Equal("done", whatIf[^1].Type);
        Assert.Contains("instead of 8,008", whatIf[^1].Html);
        Assert.Contains("the network file regions-upload.json", whatIf[^1].Html);
    }

    [Fact]
    public async Task A_what_if_on_an_uploaded_copy_of_the_small_example_gives_the_new_cost_and_the_change()
    {
        var client = app.CreateClient();
        using var response = await UploadAsync(client, "small-upload.json", Example("example.json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var events = await ChatStream.AskAsync(client, WhatIf, network: "small-upload.json");

        Assert.Equal("done", events[^1].Type);
        Assert.Contains("The total cost would be <strong>576</strong> instead of 480: <strong>+96</strong> (+20%).", events[^1].Html);
    }

    [Fact]
    public async Task A_file_uploaded_earlier_can_be_replaced_and_the_new_one_is_planned()
    {
        var client = app.CreateClient();
        using var first = await UploadAsync(client, "replaced.json", Example("three-region.json"));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        using var second = await UploadAsync(client, "replaced.json", Example("example.json"));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var events = await ChatStream.AskAsync(client, WhatIf, network: "replaced.json");
        Assert.Contains("instead of 480", events[^1].Html);
    }

    [Fact]
    public async Task Invalid_json_is_refused_with_where_it_breaks_and_nothing_is_written()
    {
        var problem = await RefusedAsync("broken.json", "{\"name\": \"broken\",\n \"classes\": [\"a\"]");

        Assert.Contains("broken.json, line 2", problem.Detail);
        Assert.Contains("this is not valid JSON", problem.Detail);
    }

    [Fact]
    public async Task A_lane_to_an_unknown_site_is_refused_naming_the_site()
    {
        var json = Example("example.json").Replace("\"to\": \"DS1\"", "\"to\": \"DS9\"", StringComparison.Ordinal);

        var problem = await RefusedAsync("unknown-site.json", json);

        Assert.Contains("DS9", problem.Detail);
    }

    [Fact]
    public async Task Negative_demand_is_refused()
    {
        var json = Example("example.json").Replace("\"standard\": 20,", "\"standard\": -20,", StringComparison.Ordinal);
        Assert.Contains("-20", json);

        var problem = await RefusedAsync("negative.json", json);

        Assert.Contains("demand", problem.Detail);
    }

    [Fact]
    public async Task A_network_without_its_lanes_is_refused_naming_the_missing_field()
    {
        var json = Example("example.json");
        json = json[..json.IndexOf(",\n \"lanes\"", StringComparison.Ordinal)] + "}";

        var problem = await RefusedAsync("no-lanes.json", json);

        Assert.Contains("lanes", problem.Detail);
    }

    [Theory]
    [InlineData("..%2Fescaped.json")]
    [InlineData("sub%2Fescaped.json")]
    [InlineData("..%5Cescaped.json")]
    [InlineData("escaped..json")]
    public async Task A_name_with_a_folder_or_dots_in_it_is_refused_as_not_a_bare_file_name(string name)
    {
        var problem = await RefusedAsync(name, Example("example.json"));

        Assert.Contains("named by its file name alone", problem.Detail);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(app.DatabasePath)!, "escaped*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_name_that_is_not_a_json_file_is_refused()
    {
        var problem = await RefusedAsync("network.txt", Example("example.json"));

        Assert.Contains("must be a .json file", problem.Detail);
    }

    [Fact]
    public async Task A_shipped_example_cannot_be_replaced_and_keeps_its_numbers()
    {
        var problem = await RefusedAsync("example.json", Example("three-region.json"));

        Assert.Contains("shipped with the assistant and cannot be replaced", problem.Detail);
        var events = await ChatStream.AskAsync(app.CreateClient(), WhatIf, network: "example.json");
        Assert.Contains("instead of 480", events[^1].Html);
    }

    [Fact]
    public async Task A_question_about_an_unknown_network_is_refused_before_anything_is_asked()
    {
        var events = await ChatStream.AskAsync(app.CreateClient(), WhatIf, network: "nosuch.json");

        var error = Assert.Single(events);
        Assert.Equal("error", error.Type);
        Assert.Contains("There is no network file &#x27;nosuch.json&#x27;.", error.Html);
        Assert.Contains("example.json", error.Html);
    }

    [Theory]
    [InlineData("examples/networks/example.json")]
    [InlineData("../networks/example.json")]
    [InlineData("/etc/passwd")]
    public async Task A_question_about_a_network_named_by_a_path_is_refused_before_anything_is_asked(string path)
    {
        var events = await ChatStream.AskAsync(app.CreateClient(), WhatIf, network: path);

        var error = Assert.Single(events);
        Assert.Equal("error", error.Type);
        Assert.Contains("named by its file name alone", error.Html);
    }

    private async Task<HttpResponseMessage> UploadAsync(HttpClient client, string name, string json) =>
        await client.PutAsync($"{NetworkFilesEndpoint.Path.TrimStart('/')}/{name}", new StringContent(json));

    // A refused upload is a 400 problem whose detail says why, and leaves the networks folder as it was.
    private async Task<ProblemDetails> RefusedAsync(string name, string json)
    {
        var before = Uploaded();
        using var response = await UploadAsync(app.CreateClient(), name, json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.NotNull(problem);
        Assert.Equal("The network file was refused", problem.Title);
        Assert.False(string.IsNullOrEmpty(problem.Detail));
        Assert.Equal(before, Uploaded());
        return problem;
    }

    private string[] Uploaded() =>
        Directory.Exists(Folder) ? Directory.GetFiles(Folder).Select(file => Path.GetFileName(file)).Order().ToArray() : [];

    private static string Example(string name) => File.ReadAllText(Path.Combine(Examples, name));
}
