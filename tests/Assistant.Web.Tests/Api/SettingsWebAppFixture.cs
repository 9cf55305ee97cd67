using Assistant.Core.Store;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Assistant.Web.Tests.Api;

/// <summary>The web app in memory (TestServer) on its own SQLite file in a temp folder, with the settings given.</summary>
public abstract class SettingsWebAppFixture(IReadOnlyDictionary<string, string> settings) : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateDirectory(
        Path.Combine(Path.GetTempPath(), "assistant-web-tests", Guid.NewGuid().ToString("N"))).FullName;

    public string DatabasePath => Path.Combine(_folder, "assistant.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Assistant:Database", DatabasePath);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

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

/// <summary>With an API key configured.</summary>
public sealed class KeyedWebAppFixture() : SettingsWebAppFixture(new Dictionary<string, string> { ["Assistant:ApiKey"] = Key })
{
    public const string Key = "test-key-7f3a9c";
}

/// <summary>
/// With a tool time limit long enough for the slowest tool on a busy test machine:
/// forecast_breakdown fits the whole delivery hierarchy on its first call.
/// </summary>
public sealed class PatientWebAppFixture() : SettingsWebAppFixture(new Dictionary<string, string> { ["Assistant:ToolTimeoutSeconds"] = "300" });
