using System.Net;
using System.Net.Http.Json;
using Assistant.Plugins.Capacity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Web.Tests.Hardening;

/// <summary>
/// Issue 12, item 6: the 5 MB upload limit held for a declared Content-Length only; a chunked
/// body of any size was saved. And the networks folder kept any number of files.
/// </summary>
public sealed class UploadLimitTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private static readonly string Examples = Path.Combine(AppContext.BaseDirectory, "examples", "networks");

    private string Folder => app.Services.GetRequiredService<NetworkFiles>().Folder;

    [Fact]
    public async Task A_chunked_upload_over_5_MB_is_refused_413_and_nothing_is_saved()
    {
        // A valid network padded with spaces: it would load, if its size were not checked.
        var json = Example().TrimEnd().TrimEnd('}') + new string(' ', 6 * 1024 * 1024) + "}";
        using var body = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)));
        body.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Put, "api/networks/chunked-6.json") { Content = body };
        request.Headers.TransferEncodingChunked = true;

        using var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Contains("at most 5 MB", problem?.Detail);
        Assert.False(File.Exists(Path.Combine(Folder, "chunked-6.json")));
    }

    [Fact]
    public async Task A_35_MB_chunked_upload_is_a_413_problem_not_a_405()
    {
        using var client = app.CreateClient();

        var (status, head, body) = await RawChunkedUpload.PutAsync(client.BaseAddress!, "/api/networks/chunked-35.json", 35L * 1024 * 1024);

        Assert.True(status == 413, $"{head}\n{body}");
        Assert.Contains("Content-Type: application/problem+json", head, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("at most 5 MB", body);
        Assert.False(File.Exists(Path.Combine(Folder, "chunked-35.json")));
    }

    [Fact]
    public async Task A_full_networks_folder_refuses_a_new_file_409_but_still_replaces_one()
    {
        Directory.CreateDirectory(Folder);
        var filled = Enumerable.Range(0, 200).Select(i => Path.Combine(Folder, $"filler-{i:000}.json")).ToList();
        foreach (var file in filled)
        {
            File.WriteAllText(file, Example());
        }

        try
        {
            var client = app.CreateClient();
            using var refused = await client.PutAsync("api/networks/one-too-many.json", new StringContent(Example()));
            using var replaced = await client.PutAsync("api/networks/filler-007.json", new StringContent(Example()));

            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.Contains("200 files", (await refused.Content.ReadFromJsonAsync<ProblemDetails>())?.Detail);
            Assert.False(File.Exists(Path.Combine(Folder, "one-too-many.json")));
            Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        }
        finally
        {
            filled.ForEach(File.Delete);
        }
    }

    [Fact]
    public async Task An_uploaded_file_can_be_deleted_but_a_shipped_example_cannot()
    {
        var client = app.CreateClient();
        using var upload = await client.PutAsync("api/networks/to-delete.json", new StringContent(Example()));
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);

        using var deleted = await client.DeleteAsync("api/networks/to-delete.json");
        using var example = await client.DeleteAsync("api/networks/example.json");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.DoesNotContain("to-delete.json", await client.GetFromJsonAsync<List<string>>("api/networks") ?? []);
        Assert.Equal(HttpStatusCode.NotFound, example.StatusCode);
        Assert.True(File.Exists(Path.Combine(Examples, "example.json")));
        Assert.Contains("example.json", await client.GetFromJsonAsync<List<string>>("api/networks") ?? []);
    }

    private static string Example() => File.ReadAllText(Path.Combine(Examples, "example.json"));
}
