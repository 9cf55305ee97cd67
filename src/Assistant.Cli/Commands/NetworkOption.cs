using Assistant.Agent;

namespace Assistant.Cli.Commands;

/// <summary>The --network option: a file path (made absolute) or the name of a known network file, checked before any question is asked.</summary>
public static class NetworkOption
{
    /// <exception cref="Core.InputError">The file does not exist or is not a valid network.</exception>
    public static string? Resolve(AssistantRuntime runtime, string? network)
    {
        if (string.IsNullOrWhiteSpace(network))
        {
            return null;
        }

        var name = File.Exists(network) ? Path.GetFullPath(network) : network.Trim();
        runtime.NetworkFiles.Load(name);
        return name;
    }
}
