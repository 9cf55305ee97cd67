using Assistant.Core.Conversations;
using Assistant.Core.Store;

namespace Assistant.Core.Tests;

public sealed class SqliteConversationStoreTests : IDisposable
{
    private readonly TempDatabase _temp = new();
    private readonly FixedClock _clock = new(new DateTimeOffset(2026, 3, 2, 8, 30, 0, TimeSpan.Zero));

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Messages_read_back_in_the_order_they_were_appended_with_their_trace()
    {
        var store = new SqliteConversationStore(_temp.Database, _clock);
        var id = await store.CreateAsync("How much is SEA4 getting next week?");
        var t0 = _clock.Now;
        StoredMessage[] messages =
        [
            new("user", "How much is SEA4 getting next week?", null, t0),
            new("assistant", "About 412,000 packages, ±6%.", """{"calls":[{"tool":"forecast_volume","site":"SEA4"}]}""", t0.AddSeconds(2)),
            new("user", "And PDX2?", null, t0.AddSeconds(30)),
        ];
        foreach (var message in messages)
        {
            await store.AppendAsync(id, message);
        }

        var read = await store.GetMessagesAsync(id);

        Assert.Equal(messages, read);
        Assert.Equal("""{"calls":[{"tool":"forecast_volume","site":"SEA4"}]}""", read[1].TraceJson);
        Assert.True(await store.ExistsAsync(id));
        Assert.False(await store.ExistsAsync("nope"));
        Assert.Empty(await store.GetMessagesAsync("nope"));
    }

    [Fact]
    public async Task Conversations_are_listed_most_recently_updated_first_with_their_user_turns()
    {
        var store = new SqliteConversationStore(_temp.Database, _clock);
        var first = await store.CreateAsync("first");
        _clock.Advance(TimeSpan.FromMinutes(1));
        var second = await store.CreateAsync("second");
        _clock.Advance(TimeSpan.FromMinutes(1));
        var third = await store.CreateAsync("third");
        _clock.Advance(TimeSpan.FromMinutes(1));
        await store.AppendAsync(first, new StoredMessage("user", "hello again", null, _clock.Now));
        await store.AppendAsync(first, new StoredMessage("assistant", "hi", null, _clock.Now.AddSeconds(1)));

        var list = await store.ListAsync();
        var limited = await store.ListAsync(limit: 2);

        Assert.Equal([first, third, second], list.Select(c => c.Id));
        Assert.Equal([1, 0, 0], list.Select(c => c.Turns));
        Assert.Equal(_clock.Now.AddSeconds(1), list[0].UpdatedUtc);
        Assert.Equal(_clock.Now.AddMinutes(-3), list[0].CreatedUtc);
        Assert.Equal([first, third], limited.Select(c => c.Id));
    }

    [Fact]
    public async Task A_long_title_is_kept_to_one_short_line()
    {
        var store = new SqliteConversationStore(_temp.Database, _clock);
        await store.CreateAsync("Which lanes\n out of   SEA4 are at risk of running late during the December peak this year and why?");

        var title = Assert.Single(await store.ListAsync()).Title;

        Assert.Equal(60, title.Length);
        Assert.StartsWith("Which lanes out of SEA4 are at risk", title, StringComparison.Ordinal);
        Assert.EndsWith("...", title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_conversation_survives_reopening_the_file()
    {
        var store = new SqliteConversationStore(_temp.Database, _clock);
        var id = await store.CreateAsync("peak plan");
        await store.AppendAsync(id, new StoredMessage("user", "Plan trucks for peak week", null, _clock.Now));
        await store.AppendAsync(id, new StoredMessage("assistant", "Done: 1,240 trucks.", "[]", _clock.Now.AddSeconds(3)));

        var reopened = new SqliteConversationStore(new SqliteDatabase(_temp.Database.FilePath), _clock);

        Assert.True(await reopened.ExistsAsync(id));
        var messages = await reopened.GetMessagesAsync(id);
        Assert.Equal(["Plan trucks for peak week", "Done: 1,240 trucks."], messages.Select(m => m.Text));
        Assert.Equal("[]", messages[1].TraceJson);
        var summary = Assert.Single(await reopened.ListAsync());
        Assert.Equal(("peak plan", 1), (summary.Title, summary.Turns));
    }
}
