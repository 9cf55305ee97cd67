using Assistant.Agent;
using Assistant.Web.Api;
using Assistant.Web.Chat;
using Assistant.Web.Components;
using Assistant.Web.Security;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Assistant.Web;

/// <summary>
/// The chat web app, built in one place so that Program.cs, the CLI's <c>serve</c> command and
/// the tests all run the same app.
/// </summary>
public static class AssistantWebApp
{
    public const string DefaultUrl = "http://localhost:5000";

    /// <summary>
    /// Builds the app and starts the assistant behind it (the store is created and filled with
    /// the demo network on first run). <paramref name="configure"/> runs before the settings are
    /// read, so a host can add configuration (for example another database) or services.
    /// </summary>
    public static async Task<WebApplication> BuildAsync(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // Static web assets (wwwroot) are found through manifests named after the application;
            // when another program hosts the app (the CLI, a test) its own name would find none.
            ApplicationName = typeof(AssistantWebApp).Assembly.GetName().Name,
        });
        configure?.Invoke(builder);
        if (!HasConfiguredUrls(builder.Configuration))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        // A build (not a publish) serves wwwroot from the project folder through the build's
        // manifest; ASP.NET does that only in Development unless asked, and the CLI runs in Production.
        builder.WebHost.UseStaticWebAssets();
        // Pages are rendered on the server without Blazor's browser script (see the project file);
        // wwwroot/js/chat.js streams answers from the endpoint mapped below.
        builder.Services.AddRazorComponents();
        builder.Services.AddSingleton<AnswerMarkdown>();
        builder.Services.AddSingleton<ChatFragments>();

        // The runtime is registered before it exists and started right after Build, so that it is
        // read from the final configuration (test hosts add theirs during Build) and logs through
        // the app's loggers; every page and endpoint then shares one store and one agent.
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<StartedRuntime>();
        builder.Services.AddSingleton(services => services.GetRequiredService<StartedRuntime>().Runtime);
        builder.Services.AddSingleton(services => services.GetRequiredService<AssistantRuntime>().Chat);
        builder.Services.AddSingleton(services => services.GetRequiredService<AssistantRuntime>().Conversations);
        builder.Services.AddSingleton(services => services.GetRequiredService<AssistantRuntime>().Store);
        builder.Services.AddSingleton(services => services.GetRequiredService<AssistantRuntime>().NetworkFiles);
        builder.Services.AddHostedService<Upkeep.ConversationUpkeep>();
        builder.Services.AddHostedService<Upkeep.ForecastWarmUp>();

        // The HTTP API (Api/): chat and direct tool calls for programs, described at /openapi/v1.json.
        builder.Services.AddErrorResponses();
        // A key given twice in a JSON body is refused: which one counts would be a guess.
        builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.AllowDuplicateProperties = false);
        builder.Services.AddSingleton<ToolCatalog>();
        builder.Services.AddSingleton(services => ApiKey.From(services.GetRequiredService<IConfiguration>()));
        builder.Services.AddSingleton<BrowserSessions>();
        builder.Services.AddSignInLimit();
        builder.Services.AddOpenApi(options => options.AddDocumentTransformer<ToolPathsTransformer>());
        // ASP.NET's request lines print the whole address, query string and all; RequestLog writes
        // one with secrets redacted instead. Set here, after the settings, so no setting brings them back.
        builder.Logging.AddFilter(RequestLog.HostingCategory, LogLevel.Warning);

        var app = builder.Build();
        var settings = app.Configuration.GetSection("Assistant").Get<AssistantSettings>() ?? new AssistantSettings();
        var runtime = await AssistantRuntime.StartAsync(
            settings, app.Services.GetRequiredService<TimeProvider>(), app.Services.GetRequiredService<ILoggerFactory>(), keepsRunning: true);
        app.Services.GetRequiredService<StartedRuntime>().Set(runtime);
        // A solver worker process started now spares the first what-if its start-up.
        Assistant.Optimization.Solving.SolverWorkerPool.Shared.WarmUp();
        if (!app.Services.GetRequiredService<ApiKey>().IsConfigured)
        {
            app.Logger.LogWarning("No API key is configured ({Setting}, or ASSISTANT__APIKEY): the chat and /api/* are open to anyone who can reach this address.",
                ApiKey.ConfigurationKey);
        }

        app.UseMiddleware<RequestLog>();
        app.UseMiddleware<SecurityHeaders>();
        app.UseErrorResponses();
        app.UseRateLimiter();
        app.UseMiddleware<ApiKeyGate>();
        app.UseAntiforgery();
        // Exactly these endpoints answer without the key (see ApiKeyGate): the app's own static
        // assets, the health probe, the OpenAPI document and the sign-in page.
        app.MapStaticAssets().WithMetadata(OpenWithoutKey.Instance);
        app.MapHealthEndpoint();
        app.MapChatStream();
        app.MapNetworkFiles();
        app.MapOpenApi().WithMetadata(OpenWithoutKey.Instance);
        app.MapChatApi();
        app.MapConversationsApi();
        app.MapToolsApi();
        app.MapSignIn();
        app.MapRazorComponents<App>();
        LogAddressesOnStart(app, runtime);
        return app;
    }

    private static bool HasConfiguredUrls(IConfiguration configuration) =>
        !string.IsNullOrEmpty(configuration["urls"])
        || !string.IsNullOrEmpty(configuration["http_ports"])
        || !string.IsNullOrEmpty(configuration["https_ports"])
        || configuration.GetSection("Kestrel:Endpoints").Exists();

    // The bound addresses are known only once the server listens (port 0 picks one then).
    private static void LogAddressesOnStart(WebApplication app, AssistantRuntime runtime)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
            var urls = addresses is { Count: > 0 } ? string.Join(", ", addresses) : "(in-process test server)";
            app.Logger.LogInformation("Assistant chat at {Urls}; database {Database}; brain {Brain}",
                urls, runtime.Database.FilePath, runtime.Chat.BrainName);
        });
    }
}
