using Assistant.Core.Store;
using Assistant.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace Assistant.EndToEnd.Tests;

/// <summary>
/// The real web app (Kestrel) on a free loopback port with its own SQLite file, built the way the
/// CLI's serve command builds it.
/// </summary>
public sealed class RunningApp : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "assistant-e2e-tests", Guid.NewGuid().ToString("N"));

    public WebApplication App { get; private set; } = null!;

    public string Url { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        App = await AssistantWebApp.BuildAsync(
            ["--urls", "http://127.0.0.1:0", "--Assistant:Database", Path.Combine(_folder, "assistant.db")],
            builder => builder.Logging.SetMinimumLevel(LogLevel.Warning));
        await App.StartAsync();
        // Port 0 lets the OS pick a free port; the server knows which once it listens.
        Url = App.Urls.Single();
    }

    public async Task DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        SqliteDatabase.ReleasePooledConnections();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS when a file is still held.
        }
    }
}
