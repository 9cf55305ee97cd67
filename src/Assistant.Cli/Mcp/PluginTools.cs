using System.Text.Json;
using Assistant.Agent.Loop;
using Assistant.Plugins;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;

namespace Assistant.Cli.Mcp;

/// <summary>
/// The plugins' functions as MCP tools: listed with the name, description and JSON schema each
/// function declares, and called through the same <see cref="ToolBox"/> as the chat loop, so the
/// time limit and the line between a caller's mistake (its message, as a tool error) and an
/// internal fault (logged, reported without details) are the same for an MCP client as in chat.
/// </summary>
public sealed class PluginTools
{
    private readonly ToolBox _toolBox;
    private readonly TimeSpan _timeout;

    public PluginTools(IEnumerable<IPlanningPlugin> plugins, TimeSpan timeout, ILogger<ToolBox>? logger = null)
    {
        _toolBox = ToolBox.From(plugins, logger);
        _timeout = timeout;
        Tools = _toolBox.Functions
            .Select(f => new Tool { Name = f.Name, Description = f.Description, InputSchema = f.JsonSchema })
            .ToList();
    }

    public IReadOnlyList<Tool> Tools { get; }

    public async ValueTask<CallToolResult> CallAsync(string name, IDictionary<string, JsonElement>? arguments, CancellationToken cancellationToken)
    {
        var call = new FunctionCallContent(
            $"mcp-{Guid.NewGuid():N}", name, arguments?.ToDictionary(a => a.Key, a => (object?)a.Value));
        var (_, trace) = await _toolBox.InvokeAsync(call, _timeout, cancellationToken);
        return trace.Outcome switch
        {
            ToolCallOutcome.Ok => Text(trace.ResultJson, isError: false),
            // The spec makes an unknown tool the client's protocol mistake, not a tool's failure.
            ToolCallOutcome.UnknownTool => throw new McpProtocolException(ErrorMessage(trace.ResultJson), McpErrorCode.InvalidParams),
            _ => Text(ErrorMessage(trace.ResultJson), isError: true),
        };
    }

    private static CallToolResult Text(string text, bool isError) =>
        new() { Content = [new TextContentBlock { Text = text }], IsError = isError };

    /// <summary>The ToolBox reports failures as {"error": message}; a tool error carries the message alone.</summary>
    private static string ErrorMessage(string resultJson)
    {
        using var document = JsonDocument.Parse(resultJson);
        return document.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String
            ? error.GetString()!
            : resultJson;
    }
}
