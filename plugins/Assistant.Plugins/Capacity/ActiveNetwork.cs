using Microsoft.Extensions.AI;

namespace Assistant.Plugins.Capacity;

/// <summary>
/// Which network file a question is about, told to the brain as a system note so that any
/// brain (offline or an LLM) passes it on to the capacity tools. Without a note, the capacity
/// tools plan the network in the store.
/// </summary>
public static class ActiveNetwork
{
    private const string Prefix = "Network file in use: ";

    public static ChatMessage Note(string network) => new(
        ChatRole.System,
        $"{Prefix}{network}\nPass network: \"{network}\" to every capacity tool (plan_network, what_if, explain_plan); its sites are named by the ids in that file.");

    /// <summary>The network file named by the last note in the messages, if any.</summary>
    public static string? Find(IEnumerable<ChatMessage> messages)
    {
        string? found = null;
        foreach (var message in messages)
        {
            if (message.Role == ChatRole.System && message.Text.StartsWith(Prefix, StringComparison.Ordinal))
            {
                found = message.Text[Prefix.Length..].Split('\n')[0].Trim();
            }
        }

        return string.IsNullOrEmpty(found) ? null : found;
    }
}
