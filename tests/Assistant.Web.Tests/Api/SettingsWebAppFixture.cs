using Assistant.Core.Store;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Assistant.Web.Tests.Api;

/// <summary>
/// The web app on its own SQLite file in a temp folder, with the settings given, served by Kestrel
/// on a free loopback port (real HTTP: chunked bodies, body size limits and connection handling
/// are the server's, not an in-memory stand-in's) in the Production environment, as an operator
/// runs it. Every log line is kept in <see cref="Logs"/>.
/// </summary>
public abstract class SettingsWebAppFixture : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly string _folder = Directory.CreateDirectory(
        Path.Combine(Path.GetTempPath(), "assistant-web-tests", Guid.NewGuid().ToString("N"))).FullName;

    protected SettingsWebAppFixture(IReadOnlyDictionary<string, string> settings)
    {
        _settings = settings;
        UseKestrel(0);
    }

    public string DatabasePath => Path.Combine(_folder, "assistant.db");

    public CapturedLogs Logs { get; } = new();

    /// <summary>
    /// A client of the real server with the redirect and cookie handling asked for. The factory's
    /// own CreateClient(options) would aim at the in-memory server's address and, over sockets,
    /// follow redirects regardless.
    /// </summary>
    public new HttpClient CreateClient(WebApplicationFactoryClientOptions options)
    {
        using var plain = CreateClient();
        var handler = new SocketsHttpHandler { AllowAutoRedirect = options.AllowAutoRedirect, UseCookies = options.HandleCookies };
        return new HttpClient(handler) { BaseAddress = plain.BaseAddress };
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("Assistant:Database", DatabasePath);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
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
