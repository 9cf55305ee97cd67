using System.Reflection;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace Assistant.Cli.Mcp;

/// <summary>
/// What the MCP server says about itself, and which requests go to the plugin tools. The tools
/// come as a task: the server answers the handshake at once while the store opens (a first run
/// fills it with the demo network, seconds), because clients give up on a slow handshake; see
/// docs/mcp.md for the C# client's 5-second discovery probe.
/// </summary>
public static class McpServerSetup
{
    public const string ServerName = "middle-mile-assistant";

    public static McpServerOptions Options(Task<PluginTools> tools) => new()
    {
        ServerInfo = new Implementation
        {
            Name = ServerName,
            Title = "Middle-mile planning assistant",
            Version = typeof(McpServerSetup).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0",
        },
        ServerInstructions =
            "Tools over a parcel network (fulfillment centers FC → sort centers SC → delivery stations DS, joined by lanes): " +
            "sites and lanes, volume and defect history, forecasts, flow plans and what-ifs, truck and labor plans, anomalies. " +
            "Every result is JSON with units, the method used and notes; quote its numbers rather than computing your own.",
        Capabilities = new ServerCapabilities { Tools = new ToolsCapability { ListChanged = false } },
        Handlers = new McpServerHandlers
        {
            ListToolsHandler = async (_, cancellationToken) =>
                new ListToolsResult { Tools = [.. (await tools.WaitAsync(cancellationToken)).Tools] },
            CallToolHandler = async (request, cancellationToken) =>
                await (await tools.WaitAsync(cancellationToken)).CallAsync(request.Params?.Name ?? "", request.Params?.Arguments, cancellationToken),
        },
    };
}
