using Assistant.Core.Conversations;

namespace Assistant.Core.Tests;

/// <summary>Conversations can be deleted one by one, or all those idle since a cutoff, messages and all.</summary>
public sealed class ConversationDeletionTests : IDisposable
{
    private readonly TempDatabase _temp = new();
    private readonly FixedClock _clock = new(new DateTimeOffset(2026, 3, 2, 8, 30, 0, TimeSpan.Zero));

    public void Dispose() => _temp.Dispose();

    private async Task<string> ConversationAsync(SqliteConversationStore store, string title)
    {
        var id = await store.CreateAsync(title);
        await store.AppendAsync(id, new StoredMessage("user", title, null, _clock.Now));
        await store.AppendAsync(id, new StoredMessage("assistant", "answer to " + title, "{}", _clock.Now.AddSeconds(1)));
        return id;
    }

    [Fact]
    public async Task Deleting_a_conversation_removes_it_and_its_messages_and_leaves_the_others()
    {
        var store = new SqliteConversationStore(_temp.Database, _clock);
        var kept = await ConversationAsync(store, "kept");
        var gone = await ConversationAsync(store, "gone");

        Assert.True(await store.DeleteAsync(gone));

        Assert.False(await store.ExistsAsync(gone));
        Assert.Empty(await store.GetMessagesAsync(gone));
        Assert.Equal([kept], (await store.ListAsync()).Select(c => c.Id));
        Assert.Equal(2, (await store.GetMessagesAsync(kept)).Count);
        Assert.Equal(2, await CountAsync("SELECT COUNT(*) FROM messages"));
    }

    [Fact]
    public async Task Deleting_an_unknown_conversation_answers_false_and_changes_nothing()
    {
        var store = new SqliteConversationStore(_temp.Database, _clock);
        var kept = await ConversationAsync(store, "kept");

        Assert.False(await store.DeleteAsync("nosuchthing"));
        Assert.False(await store.DeleteAsync(""));

        Assert.Equal([kept], (await store.ListAsync()).Select(c => c.Id));
        Assert.Equal(2, await CountAsync("SELECT COUNT(*) FROM messages"));
    }

    [Fact]
    public async Task Conversations_idle_since_before_the_cutoff_go_and_later_ones_stay()
    {
        var store = new SqliteConversationStore(_temp.Database, _clock);
        var old = await ConversationAsync(store, "old");
        _clock.Advance(TimeSpan.FromDays(30));
        var revived = await ConversationAsync(store, "revived");
        _clock.Advance(TimeSpan.FromDays(30));
        // An old conversation with a new message counts from that message.
        await store.AppendAsync(revived, new StoredMessage("user", "again", null, _clock.Now));
        var recent = await ConversationAsync(store, "recent");

        var deleted = await store.DeleteUpdatedBeforeAsync(_clock.Now.AddDays(-10));

        Assert.Equal(1, deleted);
        Assert.False(await store.ExistsAsync(old));
        Assert.Equal([recent, revived], (await store.ListAsync()).Select(c => c.Id));
        Assert.Equal(5, await CountAsync("SELECT COUNT(*) FROM messages"));
        Assert.Equal(0, await store.DeleteUpdatedBeforeAsync(_clock.Now.AddDays(-10)));
    }

    [Fact]
    public async Task A_message_for_a_deleted_conversation_is_not_kept()
    {
        var store = new SqliteConversationStore(_temp.Database, _clock);
        var id = await ConversationAsync(store, "deleted while answering");
        await store.DeleteAsync(id);

        await store.AppendAsync(id, new StoredMessage("assistant", "late answer", null, _clock.Now));

        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM messages"));
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = await _temp.Database.OpenAsync();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
