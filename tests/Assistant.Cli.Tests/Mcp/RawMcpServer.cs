using System.Diagnostics;
using System.Text.Json;

namespace Assistant.Cli.Tests.Mcp;

/// <summary>
/// One real `assistant mcp` process driven line by line over its raw pipes, with no MCP client in
/// between, so that tests can send what no client library would: broken JSON, wrong shapes.
/// </summary>
public sealed class RawMcpServer : IAsyncLifetime
{
    private readonly CliProcess _cli = new();
    private Process? _server;
    private Task<string>? _errors;

    public async Task InitializeAsync()
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
        _server = Process.Start(start)!;
        _errors = _server.StandardError.ReadToEndAsync();

        using var answer = await AskAsync("""{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"bad-lines","version":"1"}}}""");
        Assert.True(answer.RootElement.TryGetProperty("result", out _), answer.RootElement.ToString());
        await SendAsync("""{"jsonrpc":"2.0","method":"notifications/initialized"}""");
    }

    public async Task SendAsync(string line)
    {
        await _server!.StandardInput.WriteLineAsync(line);
        await _server.StandardInput.FlushAsync();
    }

    /// <summary>One line in, one answer out: the next line on standard output, within two minutes.</summary>
    public async Task<JsonDocument> AskAsync(string line)
    {
        await SendAsync(line);
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        string? answer;
        try
        {
            answer = await _server!.StandardOutput.ReadLineAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            throw new Xunit.Sdk.XunitException($"No answer within two minutes to: {line[..Math.Min(line.Length, 120)]}");
        }

        if (answer is null)
        {
            throw new Xunit.Sdk.XunitException($"The server ended: {await StopAsync()}");
        }

        return JsonDocument.Parse(answer);
    }

    private async Task<string> StopAsync()
    {
        if (_server is null)
        {
            return "";
        }

        _server.StandardInput.Close();
        if (!_server.WaitForExit(30_000))
        {
            _server.Kill(entireProcessTree: true);
        }

        return await _errors!;
    }

    public async Task DisposeAsync()
    {
        await StopAsync();
        _server?.Dispose();
        _cli.Dispose();
    }
}
