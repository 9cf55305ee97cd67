using Assistant.Core.Store;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Assistant.Web.Tests;

/// <summary>
/// The web app in memory (TestServer) on its own SQLite file in a temp folder, shared by the
/// tests of a class: the demo network is generated once, in a couple of seconds.
/// </summary>
public sealed class WebAppFixture : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "assistant-web-tests", Guid.NewGuid().ToString("N"));

    public WebAppFixture() => Directory.CreateDirectory(_folder);

    public string DatabasePath => Path.Combine(_folder, "assistant.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseSetting("Assistant:Database", DatabasePath);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
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
