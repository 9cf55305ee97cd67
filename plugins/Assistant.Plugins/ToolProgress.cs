namespace Assistant.Plugins;

/// <summary>
/// Lets a tool that takes a while say how far it has got, to whoever runs it: the chat page shows
/// the note beside the tool's name while the answer is on its way. Ambient (it flows with the
/// call), so functions keep their plain signatures; where nobody listens a report goes nowhere.
/// </summary>
public static class ToolProgress
{
    private static readonly AsyncLocal<Action<string>?> Listener = new();

    /// <summary>Sends the reports of calls started until the returned scope is disposed to <paramref name="listener"/>.</summary>
    public static IDisposable Listen(Action<string> listener)
    {
        var previous = Listener.Value;
        Listener.Value = listener;
        return new Scope(previous);
    }

    public static void Report(string note) => Listener.Value?.Invoke(note);

    private sealed class Scope(Action<string>? previous) : IDisposable
    {
        public void Dispose() => Listener.Value = previous;
    }
}
