using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Assistant.Core;
using Assistant.Plugins;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Assistant.Agent.Loop;

/// <summary>
/// The functions the brain may call, and the one place they are called: with a time limit,
/// and with every failure turned into a result the brain can read. A user's mistake keeps its
/// message; an internal fault is logged here and reported without its details.
/// </summary>
public sealed class ToolBox
{
    private readonly Dictionary<string, AIFunction> _functions;
    private readonly ILogger _logger;

    public ToolBox(IEnumerable<AIFunction> functions, ILogger<ToolBox>? logger = null)
    {
        _functions = new Dictionary<string, AIFunction>(StringComparer.Ordinal);
        foreach (var function in functions)
        {
            if (!_functions.TryAdd(function.Name, function))
            {
                throw new ArgumentException($"Two tools are named '{function.Name}'.", nameof(functions));
            }
        }

        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    public static ToolBox From(IEnumerable<IPlanningPlugin> plugins, ILogger<ToolBox>? logger = null) =>
        new(plugins.SelectMany(p => p.Functions), logger);

    public IReadOnlyCollection<AIFunction> Functions => _functions.Values;

    public async Task<(FunctionResultContent Result, ToolCallTrace Trace)> InvokeAsync(
        FunctionCallContent call, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var argumentsJson = JsonSerializer.Serialize(call.Arguments ?? new Dictionary<string, object?>(), PluginJson.Options);
        object? result;
        ToolCallOutcome outcome;

        if (!_functions.TryGetValue(call.Name, out var function))
        {
            outcome = ToolCallOutcome.UnknownTool;
            result = Error($"There is no tool named '{call.Name}'. Tools: {string.Join(", ", _functions.Keys.Order())}.");
        }
        else
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(timeout);
            try
            {
                result = await function.InvokeAsync(new AIFunctionArguments(call.Arguments), limit.Token);
                outcome = ToolCallOutcome.Ok;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                outcome = ToolCallOutcome.TimedOut;
                result = Error($"The tool '{call.Name}' did not finish within {timeout.TotalSeconds:0} seconds.");
            }
            catch (Exception ex) when (UserCaused(ex) is { } message)
            {
                outcome = ToolCallOutcome.InputError;
                result = Error(message);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                _logger.LogError(ex, "Tool {Tool} failed with arguments {Arguments}", call.Name, argumentsJson);
                outcome = ToolCallOutcome.InternalError;
                result = Error($"The tool '{call.Name}' failed with an internal error. The details are in the server log.");
            }
        }

        var resultJson = result is JsonElement element ? element.GetRawText() : JsonSerializer.Serialize(result, PluginJson.Options);
        var trace = new ToolCallTrace(call.CallId, call.Name, argumentsJson, resultJson, outcome,
            Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return (new FunctionResultContent(call.CallId, JsonDocument.Parse(resultJson).RootElement.Clone()), trace);
    }

    private static JsonObject Error(string message) => new() { ["error"] = message };

    /// <summary>
    /// Errors whose message is meant for the caller: the plugins' own input errors, and the
    /// function layer's complaints about missing or mistyped arguments.
    /// </summary>
    private static string? UserCaused(Exception ex) => ex switch
    {
        InputError input => input.Message,
        ArgumentException argument when argument.StackTrace?.Contains("Microsoft.Extensions.AI", StringComparison.Ordinal) == true => argument.Message,
        JsonException json => $"An argument has the wrong type: {json.Message}",
        _ => null,
    };
}
