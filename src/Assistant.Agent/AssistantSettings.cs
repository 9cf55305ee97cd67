using Assistant.Agent.Brains;
using Assistant.Agent.Loop;

namespace Assistant.Agent;

/// <summary>
/// How the assistant is put together, from configuration section "Assistant" (appsettings.json,
/// environment variables such as Assistant__Database, or command-line options).
/// </summary>
public sealed record AssistantSettings
{
    /// <summary>The SQLite file; created and filled with the demo network on first run.</summary>
    public string Database { get; init; } = DefaultDatabase;

    /// <summary>The brain: "offline" (the embedded planner, the default) or "openai" (an OpenAI-compatible endpoint, see <see cref="OpenAI"/>).</summary>
    public string Brain { get; init; } = "offline";

    /// <summary>Endpoint, model and key of the "openai" brain (section Assistant:OpenAI).</summary>
    public OpenAiBrainSettings OpenAI { get; init; } = new();

    /// <summary>The prompts folder; by default the one shipped next to the program.</summary>
    public string? Prompts { get; init; }

    /// <summary>The folder of network files (JSON) for what-if planning; by default "networks" beside the database.</summary>
    public string? Networks { get; init; }

    public string NetworksFolder => Networks ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(Database)) ?? ".", "networks");

    public int MaxToolRounds { get; init; } = new AgentOptions().MaxToolRounds;

    public double ToolTimeoutSeconds { get; init; } = new AgentOptions().ToolTimeout.TotalSeconds;

    /// <summary>Days a conversation is kept after its last message; 0 keeps conversations forever.</summary>
    public int ConversationRetentionDays { get; init; } = 90;

    public static string DefaultDatabase => Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
        "middle-mile-assistant", "assistant.db");

    public AgentOptions AgentOptions => new()
    {
        MaxToolRounds = MaxToolRounds,
        ToolTimeout = TimeSpan.FromSeconds(ToolTimeoutSeconds),
    };
}
