using Assistant.Agent;
using Assistant.Plugins.Capacity;

namespace Assistant.Cli.Commands;

/// <summary>
/// The --network option of ask and chat: the operator names a file on their own machine, by path
/// or by a listed name. A path is registered with the runtime's network files, so the question and
/// every tool call name the file by its bare name like any listed file: tools never take paths.
/// Checked before any question is asked.
/// </summary>
public static class NetworkOption
{
    /// <returns>The listed name to ask about, or null for the store's network.</returns>
    /// <exception cref="Core.InputError">The file does not exist, is not a regular file, or is not a valid network.</exception>
    public static string? Resolve(AssistantRuntime runtime, string? network)
    {
        if (string.IsNullOrWhiteSpace(network))
        {
            return null;
        }

        // A file at that path comes first, as the operator's own; else a listed name (example.json).
        var given = network.Trim();
        if (File.Exists(given) || NetworkFileName.Problem(given) is not null)
        {
            return runtime.NetworkFiles.Register(given);
        }

        runtime.NetworkFiles.Load(given);
        return given;
    }
}
