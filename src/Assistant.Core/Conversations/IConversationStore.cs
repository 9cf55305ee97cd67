namespace Assistant.Core.Conversations;

public interface IConversationStore
{
    Task<string> CreateAsync(string title, CancellationToken cancellationToken = default);

    Task AppendAsync(string conversationId, StoredMessage message, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<StoredMessage>> GetMessagesAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Most recently updated first.</summary>
    Task<IReadOnlyList<ConversationSummary>> ListAsync(int limit = 50, CancellationToken cancellationToken = default);

    Task<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Removes the conversation and its messages; false when there is no such conversation.</summary>
    Task<bool> DeleteAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Removes every conversation last updated before <paramref name="cutoff"/>, with its messages; answers how many.</summary>
    Task<int> DeleteUpdatedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default);
}
