using Assistant.Agent.Brains;
using Assistant.Agent.Chat;
using Assistant.Agent.Loop;
using Assistant.Agent.Offline;
using Assistant.Agent.Prompts;
using Assistant.Core;
using Assistant.Core.Conversations;
using Assistant.Core.Store;
using Assistant.Plugins;
using Assistant.Forecasting.Daily;
using Assistant.Forecasting.Models;
using Assistant.Optimization.Solving;
using Assistant.Plugins.Capacity;
using Assistant.Plugins.Defects;
using Assistant.Plugins.Forecast;
using Assistant.Plugins.Network;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Assistant.Agent;

/// <summary>
/// The assistant, assembled: store, plugins, brain, agent loop and chat. The web app, the CLI,
/// the benchmarks and the tests all start from here, so they run the same thing. A new plugin
/// is one more entry in <see cref="CreatePlugins"/>; the brain and the loop learn it from there.
/// </summary>
public sealed class AssistantRuntime
{
    private AssistantRuntime(
        AssistantSettings settings, SqliteDatabase database, INetworkStore store, IConversationStore conversations,
        IReadOnlyList<IPlanningPlugin> plugins, NetworkFiles networkFiles, PromptLibrary prompts, IChatClient brain, PlanningAgent agent, ChatService chat,
        ConversationRetention retention)
    {
        Settings = settings;
        Database = database;
        Store = store;
        Conversations = conversations;
        Plugins = plugins;
        NetworkFiles = networkFiles;
        Prompts = prompts;
        Brain = brain;
        Agent = agent;
        Chat = chat;
        Retention = retention;
    }

    public AssistantSettings Settings { get; }
    public SqliteDatabase Database { get; }
    public INetworkStore Store { get; }
    public IConversationStore Conversations { get; }
    public IReadOnlyList<IPlanningPlugin> Plugins { get; }

    /// <summary>The network files (JSON) that capacity questions can be about.</summary>
    public NetworkFiles NetworkFiles { get; }
    public PromptLibrary Prompts { get; }
    public IChatClient Brain { get; }
    public PlanningAgent Agent { get; }
    public ChatService Chat { get; }

    /// <summary>
    /// How long conversations are kept. The server prunes at start and daily; one-shot CLI runs
    /// leave it to the server, whose configuration may keep conversations longer than theirs.
    /// </summary>
    public ConversationRetention Retention { get; }

    /// <summary>Opens (or creates and fills) the store and assembles everything on top of it.</summary>
    /// <param name="keepsRunning">
    /// True for a server, which keeps expensive fits between questions: a question that finds one
    /// still running waits a little less than the tool time limit, then is told how far it has got.
    /// </param>
    public static async Task<AssistantRuntime> StartAsync(
        AssistantSettings settings, TimeProvider? clock = null, ILoggerFactory? loggers = null, bool keepsRunning = false, CancellationToken cancellationToken = default)
    {
        clock ??= TimeProvider.System;
        var database = new SqliteDatabase(settings.Database);
        var store = new SqliteNetworkStore(database);
        await NetworkStoreSetup.EnsureDemoAsync(store, clock, cancellationToken);
        var conversations = new SqliteConversationStore(database, clock);
        var retention = new ConversationRetention(settings.ConversationRetentionDays, conversations, clock, loggers?.CreateLogger<ConversationRetention>());
        var files = new NetworkFiles(settings.NetworksFolder, Path.Combine(AppContext.BaseDirectory, "examples", "networks"));
        var plugins = CreatePlugins(store, files, keepsRunning ? FitPatience(settings.AgentOptions.ToolTimeout) : null);
        var prompts = PromptLibrary.Load(settings.Prompts);
        var brain = CreateBrain(settings, plugins, store, files, prompts, clock, loggers);
        var tools = ToolBox.From(plugins, loggers?.CreateLogger<ToolBox>());
        var agent = new PlanningAgent(brain, tools, prompts.SystemPrompt, settings.AgentOptions);
        return new AssistantRuntime(settings, database, store, conversations, plugins, files, prompts, brain, agent,
            new ChatService(agent, conversations, clock), retention);
    }

    /// <param name="fitPatience">How long a question waits for a shared forecast fit under way; null: as long as the tool time limit allows.</param>
    public static IReadOnlyList<IPlanningPlugin> CreatePlugins(INetworkStore store, NetworkFiles files, TimeSpan? fitPatience = null)
    {
        var forecasts = new ForecastPlugin(store, new DailyVolumeForecaster([new AutoEts(), new SeasonalNaive()]), new DailyHierarchyForecaster(), fitPatience);
        return
        [
            new NetworkPlugin(store),
            forecasts,
            new CapacityPlugin(store, files, forecasts, new ContainedSolver()),
            new DefectsPlugin(store, forecasts),
        ];
    }

    // Five seconds short of the tool time limit (half of a short one) leaves the answer time to be written.
    private static TimeSpan FitPatience(TimeSpan toolTimeout) =>
        toolTimeout > TimeSpan.FromSeconds(10) ? toolTimeout - TimeSpan.FromSeconds(5) : toolTimeout / 2;

    private static IChatClient CreateBrain(
        AssistantSettings settings, IReadOnlyList<IPlanningPlugin> plugins, INetworkStore store, NetworkFiles files, PromptLibrary prompts, TimeProvider clock, ILoggerFactory? loggers) =>
        settings.Brain.Trim().ToLowerInvariant() switch
        {
            OfflinePlanner.ProviderName => new OfflinePlanner(plugins.SelectMany(p => p.Intents).ToList(), store, files, new AnswerWriter(prompts), clock),
            OpenAiChatClient.ProviderName => new OpenAiChatClient(settings.OpenAI.WithKeyFrom(Environment.GetEnvironmentVariable), loggers),
            _ => throw new InputError($"Unknown brain '{settings.Brain}'. The brains are 'offline' (the default) and 'openai' (any OpenAI-compatible endpoint, see Assistant:OpenAI)."),
        };
}
