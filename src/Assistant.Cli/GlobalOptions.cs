using System.CommandLine;

namespace Assistant.Cli;

/// <summary>Options every command takes.</summary>
public static class GlobalOptions
{
    public static readonly Option<string?> Database = new("--database")
    {
        Description = "The SQLite file (default: ~/.local/share/middle-mile-assistant/assistant.db, or Assistant__Database).",
        Recursive = true,
    };

    public static readonly Option<string?> Brain = new("--brain")
    {
        Description = "The brain: offline (default) or openai (an OpenAI-compatible endpoint: Assistant__OpenAI__Endpoint, __Model, __ApiKey or OPENAI_API_KEY).",
        Recursive = true,
    };
}
