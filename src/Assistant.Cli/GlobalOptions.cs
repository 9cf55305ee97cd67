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
        Description = "The brain: offline (default).",
        Recursive = true,
    };
}
