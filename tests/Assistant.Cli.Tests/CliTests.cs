using System.Text.Json;

namespace Assistant.Cli.Tests;

/// <summary>The `assistant` command as a user runs it: a real process, a real SQLite file.</summary>
public sealed class CliTests : IDisposable
{
    private readonly CliProcess _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Ask_json_prints_the_answer_the_tool_calls_and_timings()
    {
        var (code, output, error) = await _cli.RunAsync("ask", "--json", "What was the volume at SEA4 yesterday?");
        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        var call = root.GetProperty("tool_calls")[0];
        Assert.Equal("volume_history", call.GetProperty("tool").GetString());
        Assert.Equal("SEA4", call.GetProperty("arguments").GetProperty("site").GetString());
        var total = call.GetProperty("result").GetProperty("total_packages").GetInt64();
        Assert.True(total > 0);
        Assert.Contains(total.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), root.GetProperty("answer").GetString());
        Assert.True(root.GetProperty("timings").GetProperty("total_ms").GetDouble() > 0);
        Assert.Equal("offline", root.GetProperty("brain").GetString());
    }

    [Fact]
    public async Task Ask_with_trace_shows_the_tool_call_after_the_answer()
    {
        var (code, output, _) = await _cli.RunAsync("ask", "--trace", "Tell me about PDX2");
        Assert.Equal(0, code);
        Assert.Contains("**PDX2** is the Portland sort center", output);
        Assert.Contains("describe_site {\"site\":\"PDX2\"} -> Ok", output);
    }

    [Fact]
    public async Task A_follow_up_in_the_same_conversation_keeps_its_context()
    {
        var first = await _cli.RunAsync("ask", "--json", "volume at SEA4 last week");
        var id = JsonDocument.Parse(first.Out).RootElement.GetProperty("conversation_id").GetString()!;
        var (code, output, _) = await _cli.RunAsync("ask", "--json", "--conversation", id, "and for PDX2?");
        Assert.Equal(0, code);
        var call = JsonDocument.Parse(output).RootElement.GetProperty("tool_calls")[0];
        Assert.Equal("PDX2", call.GetProperty("arguments").GetProperty("site").GetString());
    }

    [Fact]
    public async Task A_malformed_csv_import_exits_with_the_row_and_column_and_changes_nothing()
    {
        await _cli.RunAsync("data", "init");
        var bad = Path.Combine(_cli.Folder, "bad");
        Directory.CreateDirectory(bad);
        await File.WriteAllTextAsync(Path.Combine(bad, "lanes.csv"),
            "origin,destination,trailer_capacity_packages,cost_per_truck_usd,transit_hours,critical_pull_time\nSEA4,GEG1,lots,900,5.5,04:00\n");
        var before = await _cli.RunAsync("ask", "--json", "describe lane SEA4-GEG1");

        var (code, _, error) = await _cli.RunAsync("data", "import", bad);

        Assert.Equal(2, code);
        Assert.Contains("lanes.csv row 2, column trailer_capacity_packages", error);
        Assert.DoesNotContain("   at ", error);
        var after = await _cli.RunAsync("ask", "--json", "describe lane SEA4-GEG1");
        static long Capacity(string json) => JsonDocument.Parse(json).RootElement.GetProperty("tool_calls")[0]
            .GetProperty("result").GetProperty("lane").GetProperty("trailer_capacity_packages").GetInt64();
        Assert.Equal(Capacity(before.Out), Capacity(after.Out));
    }

    [Fact]
    public async Task Serve_brings_up_the_chat_on_the_asked_address()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var server = _cli.Start("serve", "--urls", $"http://127.0.0.1:{port}");
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        string? health = null;
        for (var attempt = 0; attempt < 120 && health is null; attempt++)
        {
            try
            {
                health = await http.GetStringAsync("/healthz");
            }
            catch (HttpRequestException)
            {
                await Task.Delay(250);
            }
        }

        Assert.NotNull(health);
        Assert.Contains("\"status\":\"ok\"", health);
        // The server runs on the asked store, and /healthz, open without a key, does not show its path.
        Assert.True(File.Exists(_cli.Database), _cli.Database);
        Assert.DoesNotContain(_cli.Database, health);
        Assert.Contains("data-testid=\"chat-input\"", await http.GetStringAsync("/"));
    }

    [Fact]
    public async Task Data_init_reports_what_it_wrote_and_leaves_a_filled_store_alone()
    {
        var first = await _cli.RunAsync("data", "init", "--years", "1");
        Assert.Contains("Wrote 46 sites, 150 lanes", first.Out);
        var second = await _cli.RunAsync("data", "init");
        Assert.Contains("already holds history", second.Out);
    }
}
