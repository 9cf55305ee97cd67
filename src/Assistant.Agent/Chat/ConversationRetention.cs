using Assistant.Core;
using Assistant.Core.Conversations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Assistant.Agent.Chat;

/// <summary>
/// Keeps conversations for <see cref="Days"/> days after their last message (0 keeps them
/// forever): every chat adds a few kilobytes, and a store that only grows ends up full of talk
/// nobody will read again. Run at start-up and then once a day by a long-running host.
/// </summary>
public sealed class ConversationRetention
{
    /// <summary>A hundred years: more would push the cutoff before the start of the calendar.</summary>
    public const int MaxDays = 36500;

    private readonly IConversationStore _conversations;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;

    /// <exception cref="InputError">The number of days is negative or more than <see cref="MaxDays"/>.</exception>
    public ConversationRetention(int days, IConversationStore conversations, TimeProvider clock, ILogger? logger = null)
    {
        if (days is < 0 or > MaxDays)
        {
            throw new InputError($"Assistant:ConversationRetentionDays must be 0 (keep conversations forever) to {MaxDays}, not {days}.");
        }

        Days = days;
        _conversations = conversations;
        _clock = clock;
        _logger = logger ?? NullLogger.Instance;
    }

    public int Days { get; }

    /// <summary>Deletes the conversations last updated more than <see cref="Days"/> days ago; answers how many.</summary>
    public async Task<int> PruneAsync(CancellationToken cancellationToken = default)
    {
        if (Days == 0)
        {
            return 0;
        }

        var deleted = await _conversations.DeleteUpdatedBeforeAsync(_clock.GetUtcNow().AddDays(-Days), cancellationToken);
        if (deleted > 0)
        {
            _logger.LogInformation("Deleted {Count} conversations idle for more than {Days} days", deleted, Days);
        }

        return deleted;
    }

    /// <summary>Prunes once a day until stopped. A failed run is logged and the next day tries again.</summary>
    public async Task RunDailyAsync(CancellationToken stopping)
    {
        if (Days == 0)
        {
            return;
        }

        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(TimeSpan.FromDays(1), _clock, stopping);
                await PruneAsync(stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                _logger.LogError(exception, "Deleting old conversations failed; trying again tomorrow");
            }
        }
    }
}
