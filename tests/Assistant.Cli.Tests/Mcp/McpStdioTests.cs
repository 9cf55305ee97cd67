using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using ModelContextProtocol.Client;

namespace Assistant.Cli.Tests.Mcp;

/// <summary>
/// `assistant mcp` at the level of its pipes: standard output carries JSON-RPC messages and nothing
/// else (a solver run included), and a server that cannot start says why on standard error.
/// </summary>
public sealed class McpStdioTests : IDisposable
{
    private readonly CliProcess _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Standard_output_carries_only_protocol_messages_even_when_the_solver_runs()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(CliProcess.Program);
        start.ArgumentList.Add("mcp");
        start.Environment["Assistant__Database"] = _cli.Database;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();

        // The initialize handshake, as the TypeScript SDK and Claude Desktop send it, then a plan
        // (CBC, a native library) and a forecast, one message a line.
        string[] requests =
        [
            """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"pipes","version":"1"}}}""",
            """{"jsonrpc":"2.0","method":"notifications/initialized"}""",
            """{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"plan_network","arguments":{"network":"three-region.json"}}}""",
            """{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"forecast_volume","arguments":{"site":"PDX2","days":3}}}""",
        ];
        var lines = new List<string>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        foreach (var request in requests)
        {
            await process.StandardInput.WriteLineAsync(request);
            await process.StandardInput.FlushAsync();
            if (request.Contains("\"id\"", StringComparison.Ordinal))
            {
                // One answer per request; reading it before the next keeps the order plain.
                lines.Add(await process.StandardOutput.ReadLineAsync(timeout.Token) ?? "");
            }
        }

        process.StandardInput.Close();
        lines.AddRange((await process.StandardOutput.ReadToEndAsync(timeout.Token)).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(process.ExitCode == 0, await error);
        Assert.Equal(3, lines.Count);
        foreach (var line in lines)
        {
            using var message = JsonDocument.Parse(line);
            Assert.Equal("2.0", message.RootElement.GetProperty("jsonrpc").GetString());
            Assert.False(message.RootElement.TryGetProperty("error", out _), line);
        }

        using var response = JsonDocument.Parse(lines[1]);
        using var plan = JsonDocument.Parse(response.RootElement.GetProperty("result").GetProperty("content")[0].GetProperty("text").GetString()!);
        Assert.Equal(8008.5, plan.RootElement.GetProperty("total_cost").GetDouble());
    }

    [Fact]
    public async Task A_server_that_cannot_start_ends_and_says_why_on_standard_error()
    {
        var errorLines = new ConcurrentQueue<string>();
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Command = "dotnet",
            Arguments = [CliProcess.Program, "--brain", "nope", "mcp"],
            EnvironmentVariables = new Dictionary<string, string?> { ["Assistant__Database"] = _cli.Database },
            StandardErrorLines = errorLines.Enqueue,
        });
        var options = new McpClientOptions { DiscoverProbeTimeout = Timeout.InfiniteTimeSpan, InitializationTimeout = TimeSpan.FromMinutes(2) };

        // The handshake may be answered before the store is open; the first list of tools cannot be.
        // A server that hangs instead of exiting fails here after two minutes rather than holding CI.
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var failure = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var client = await McpClient.CreateAsync(transport, options, cancellationToken: limit.Token);
            await client.ListToolsAsync(cancellationToken: limit.Token);
        });
        Assert.False(limit.IsCancellationRequested, $"the server did not exit on its own: {failure.Message}");

        Assert.Contains(errorLines, line => line.StartsWith("error: Unknown brain 'nope'.", StringComparison.Ordinal));
    }
}
