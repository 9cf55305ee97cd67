namespace Assistant.Agent.Tests;

/// <summary>
/// The whole assistant on a real SQLite file filled with the demo network, shared by the tests
/// of a class (filling the store takes a second or two).
/// </summary>
public sealed class DemoAssistant : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "assistant-tests", Guid.NewGuid().ToString("N"));

    public AssistantRuntime Runtime { get; private set; } = null!;

    public FixedClock Clock { get; } = FixedClock.Default;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        Runtime = await AssistantRuntime.StartAsync(new AssistantSettings { Database = Path.Combine(_folder, "assistant.db") }, Clock);
    }

    public Task DisposeAsync()
    {
        Core.Store.SqliteDatabase.ReleasePooledConnections();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS when a file is still held.
        }

        return Task.CompletedTask;
    }

    /// <summary>Asks the turns of one conversation in order, each with the ones before as history; the last answer.</summary>
    public async Task<Loop.AgentAnswer> AskTurnsAsync(params string[] turns)
    {
        var history = new List<Microsoft.Extensions.AI.ChatMessage>();
        Loop.AgentAnswer? answer = null;
        foreach (var turn in turns)
        {
            answer = await Runtime.Agent.AskAsync(history, turn);
            history.Add(new Microsoft.Extensions.AI.ChatMessage(Microsoft.Extensions.AI.ChatRole.User, turn));
            history.Add(new Microsoft.Extensions.AI.ChatMessage(Microsoft.Extensions.AI.ChatRole.Assistant, answer.Text));
        }

        return answer!;
    }
}
