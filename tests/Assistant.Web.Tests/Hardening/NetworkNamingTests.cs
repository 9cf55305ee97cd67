using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Assistant.Plugins.Capacity;
using Assistant.Web.Tests.Api;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Web.Tests.Hardening;

/// <summary>
/// Issue 12, item 2: a network is named by a bare, listed file name only, and only a regular file
/// of at most 5 MB is read, on every path that names one. Here the HTTP tools, which took any
/// path (/etc/shadow answered with its first character; /dev/zero ate memory for ever).
/// </summary>
public sealed class NetworkNamingTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private static readonly string Examples = Path.Combine(AppContext.BaseDirectory, "examples", "networks");

    public static TheoryData<string> Tools => ["plan_network", "what_if", "explain_plan"];

    private string Folder => app.Services.GetRequiredService<NetworkFiles>().Folder;

    [Theory]
    [MemberData(nameof(Tools))]
    public async Task A_tool_given_a_path_refuses_it_without_saying_whether_it_exists(string tool)
    {
        var client = app.CreateClient();

        var (existing, existingBody, existingType) = await CallAsync(client, tool, "/etc/shadow");
        var (missing, missingBody, _) = await CallAsync(client, tool, "/etc/no-such-file-7f3a9c");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, existing);
        Assert.Equal("application/problem+json", existingType);
        var detail = existingBody.GetProperty("detail").GetString()!;
        Assert.Contains("named by its file name alone", detail);
        // The same words whether the path exists or not, and nothing of the file's content.
        Assert.Equal(missing, existing);
        Assert.Equal(missingBody.GetProperty("detail").GetString()!.Replace("/etc/no-such-file-7f3a9c", "/etc/shadow", StringComparison.Ordinal), detail);
    }

    [Fact]
    public async Task A_valid_network_file_named_by_its_absolute_path_is_refused()
    {
        var (status, body, _) = await CallAsync(app.CreateClient(), "plan_network", Path.Combine(Examples, "example.json"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("named by its file name alone", body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_device_is_refused_at_once()
    {
        var clock = Stopwatch.StartNew();
        var (status, body, _) = await CallAsync(app.CreateClient(), "plan_network", "/dev/zero").WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("named by its file name alone", body.GetProperty("detail").GetString());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task A_link_in_the_networks_folder_to_a_file_outside_it_is_not_read()
    {
        var outside = Path.Combine(Path.GetTempPath(), $"outside-{Guid.NewGuid():N}.json");
        File.Copy(Path.Combine(Examples, "example.json"), outside);
        Directory.CreateDirectory(Folder);
        var link = Path.Combine(Folder, "linked.json");
        File.CreateSymbolicLink(link, outside);
        try
        {
            var (status, body, _) = await CallAsync(app.CreateClient(), "plan_network", "linked.json");

            Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
            Assert.Contains("'linked.json' is not a regular file", body.GetProperty("detail").GetString());
        }
        finally
        {
            File.Delete(link);
            File.Delete(outside);
        }
    }

    [Fact]
    public async Task A_pipe_in_the_networks_folder_is_refused_without_waiting_for_a_writer()
    {
        Directory.CreateDirectory(Folder);
        var pipe = Path.Combine(Folder, "pipe.json");
        using (var mkfifo = Process.Start("mkfifo", pipe))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        try
        {
            var (status, body, _) = await CallAsync(app.CreateClient(), "plan_network", "pipe.json");

            // Opening a pipe to read waits for a writer; the tool's 30 s limit would answer 504.
            Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
            Assert.Contains("'pipe.json' is not a regular file", body.GetProperty("detail").GetString());
        }
        finally
        {
            File.Delete(pipe);
        }
    }

    [Fact]
    public async Task A_file_over_5_MB_in_the_networks_folder_is_refused()
    {
        Directory.CreateDirectory(Folder);
        var big = Path.Combine(Folder, "big.json");
        // A valid network padded with spaces past the cap: it would plan if it were read.
        var json = File.ReadAllText(Path.Combine(Examples, "example.json"));
        File.WriteAllText(big, json.TrimEnd().TrimEnd('}') + new string(' ', 5 * 1024 * 1024) + "}");
        try
        {
            var (status, body, _) = await CallAsync(app.CreateClient(), "plan_network", "big.json");

            Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
            Assert.Contains("larger than 5 MB", body.GetProperty("detail").GetString());
        }
        finally
        {
            File.Delete(big);
        }
    }

    [Fact]
    public async Task A_listed_name_still_plans()
    {
        var (status, body, _) = await CallAsync(app.CreateClient(), "plan_network", "example.json");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(480, body.GetProperty("total_cost").GetDouble());
    }

    private static Task<(HttpStatusCode Status, JsonElement Body, string? MediaType)> CallAsync(HttpClient client, string tool, string network) =>
        ApiJson.PostAsync(client, $"api/tools/{tool}", tool == "what_if"
            ? new { network, changes = new[] { new { kind = "scale_demand", site = "DS1", factor = 1.2 } } }
            : new { network });
}
