using Assistant.Agent;

namespace Assistant.Web.Upkeep;

/// <summary>
/// Deletes conversations older than Assistant:ConversationRetentionDays when the server starts
/// (before it serves a page) and once a day after.
/// </summary>
internal sealed class ConversationUpkeep(AssistantRuntime runtime) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await runtime.Retention.PruneAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => runtime.Retention.RunDailyAsync(stoppingToken);
}
