using Assistant.Agent.Loop;

namespace Assistant.Web.Chat;

/// <summary>One message as the page shows it; an answer read back from the store may lack its trace.</summary>
public sealed record ChatEntry(Speaker Speaker, string Text, AgentAnswer? Answer = null)
{
    public static ChatEntry FromUser(string question) => new(Speaker.User, question);

    public static ChatEntry Finished(AgentAnswer answer) => new(Speaker.Assistant, answer.Text, answer);

    public static ChatEntry Failure(string message) => new(Speaker.Error, message);
}
