using System.Collections.Concurrent;
using System.Text.Json;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace Assistant.Cli.Tests.Mcp;

/// <summary>
/// One real `assistant mcp` process (the built program, its own SQLite file) with the
/// ModelContextProtocol C# client connected over its stdin and stdout, shared by a test class:
/// starting it fills a fresh store with the demo network, which takes seconds.
/// </summary>
public sealed class McpServerFixture : IAsyncLifetime
{
    private readonly CliProcess _cli = new();
    private readonly ConcurrentQueue<string> _errorLines = new();
    private McpClient? _client;

    public McpClient Client => _client ?? throw new InvalidOperationException("The server is not started.");

    public string Database => _cli.Database;

    /// <summary>What the server wrote to stderr (its logs), for failure messages.</summary>
    public string ErrorOutput => string.Join(Environment.NewLine, _errorLines);

    public async Task InitializeAsync()
    {
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "assistant",
            Command = "dotnet",
            Arguments = [CliProcess.Program, "mcp"],
            EnvironmentVariables = new Dictionary<string, string?> { ["Assistant__Database"] = _cli.Database },
            StandardErrorLines = _errorLines.Enqueue,
        });
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        _client = await McpClient.CreateAsync(transport, new McpClientOptions
        {
            ClientInfo = new Implementation { Name = "assistant-cli-tests", Version = "1.0.0" },
            // The client's server/discover probe gives up after 5 s and falls back to initialize,
            // which a server that then reads the probe refuses (docs/mcp.md). A loaded test machine
            // can take longer than that just to start dotnet, so the probe may take as long as the
            // whole handshake may.
            DiscoverProbeTimeout = Timeout.InfiniteTimeSpan,
            InitializationTimeout = TimeSpan.FromMinutes(2),
        }, cancellationToken: timeout.Token);
    }

    /// <summary>Calls a tool with arguments written as JSON, the way a client sends them.</summary>
    public async Task<CallToolResult> CallAsync(string tool, string argumentsJson)
    {
        using var arguments = JsonDocument.Parse(argumentsJson);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        return await Client.CallToolAsync(new CallToolRequestParams
        {
            Name = tool,
            Arguments = arguments.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone()),
        }, timeout.Token);
    }

    public async Task DisposeAsync()
    {
        if (_client is not null)
        {
            // Closes the server's stdin; the server ends by itself.
            await _client.DisposeAsync();
        }

        _cli.Dispose();
    }
}
