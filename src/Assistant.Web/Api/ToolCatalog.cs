using Assistant.Agent;
using Assistant.Agent.Loop;
using Microsoft.Extensions.AI;

namespace Assistant.Web.Api;

/// <summary>
/// Every plugin function, by name, for direct calls over HTTP. Calls go through a
/// <see cref="ToolBox"/> of the same plugins the agent uses, so a direct call has the agent's time
/// limit and the same split between a caller's mistake (its message) and a fault (logged, hidden).
/// </summary>
public sealed class ToolCatalog
{
    private readonly Dictionary<string, AIFunction> _byName;

    public ToolCatalog(AssistantRuntime runtime, ILogger<ToolBox> logger)
    {
        Box = ToolBox.From(runtime.Plugins, logger);
        Timeout = runtime.Settings.AgentOptions.ToolTimeout;
        Functions = runtime.Plugins.SelectMany(plugin => plugin.Functions).ToList();
        _byName = Functions.ToDictionary(function => function.Name, StringComparer.Ordinal);
    }

    /// <summary>In the plugins' order, which groups related functions together.</summary>
    public IReadOnlyList<AIFunction> Functions { get; }

    public ToolBox Box { get; }

    public TimeSpan Timeout { get; }

    public AIFunction? Find(string name) => _byName.GetValueOrDefault(name);
}
