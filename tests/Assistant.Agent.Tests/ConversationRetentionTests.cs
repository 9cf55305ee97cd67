using Assistant.Agent.Chat;
using Assistant.Core;
using Assistant.Core.Conversations;
using Assistant.Core.Store;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Agent.Tests;

/// <summary>Conversations idle longer than the retention go, at once and then daily; 0 keeps them forever.</summary>
public sealed class ConversationRetentionTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    private readonly string _folder = Directory.CreateDirectory(
        Path.Combine(Path.GetTempPath(), "assistant-tests", "retention-" + Guid.NewGuid().ToString("N"))).FullName;

    private readonly SqliteDatabase _database;

    public ConversationRetentionTests() => _database = new SqliteDatabase(Path.Combine(_folder, "assistant.db"));

    public void Dispose()
    {
        SqliteDatabase.ReleasePooledConnections();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>A conversation whose last message is <paramref name="age"/> before <see cref="Start"/>.</summary>
    private async Task<string> ConversationAsync(TimeSpan age)
    {
        var at = Start - age;
        var store = new SqliteConversationStore(_database, new FixedClock(at));
        var id = await store.CreateAsync($"{age.TotalDays} days");
        await store.AppendAsync(id, new StoredMessage("user", "hello", null, at));
        return id;
    }

    [Fact]
    public async Task Pruning_deletes_what_is_older_than_the_retention_and_keeps_the_rest()
    {
        var old = await ConversationAsync(TimeSpan.FromDays(91));
        var recent = await ConversationAsync(TimeSpan.FromDays(89));
        var store = new SqliteConversationStore(_database, new FixedClock(Start));

        var deleted = await new ConversationRetention(90, store, new FixedClock(Start)).PruneAsync();

        Assert.Equal(1, deleted);
        Assert.False(await store.ExistsAsync(old));
        Assert.True(await store.ExistsAsync(recent));
    }

    [Fact]
    public async Task Zero_days_keeps_conversations_forever()
    {
        var ancient = await ConversationAsync(TimeSpan.FromDays(5000));
        var store = new SqliteConversationStore(_database, new FixedClock(Start));

        var deleted = await new ConversationRetention(0, store, new FixedClock(Start)).PruneAsync();

        Assert.Equal(0, deleted);
        Assert.True(await store.ExistsAsync(ancient));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(ConversationRetention.MaxDays + 1)]
    [InlineData(int.MaxValue)]
    public void A_retention_outside_0_to_100_years_is_refused_by_name(int days)
    {
        var store = new SqliteConversationStore(_database, new FixedClock(Start));

        var error = Assert.Throws<InputError>(() => new ConversationRetention(days, store, new FixedClock(Start)));

        Assert.Equal($"Assistant:ConversationRetentionDays must be 0 (keep conversations forever) to 36500, not {days}.", error.Message);
    }

    [Fact]
    public async Task A_running_server_prunes_again_each_day()
    {
        var ageing = await ConversationAsync(TimeSpan.FromDays(25));
        var clock = new FakeTimeProvider(Start);
        var store = new SqliteConversationStore(_database, clock);
        using var stop = new CancellationTokenSource();
        var daily = new ConversationRetention(30, store, clock).RunDailyAsync(stop.Token);

        // Three days on, the conversation is 28 days idle: kept.
        clock.Advance(TimeSpan.FromDays(1));
        clock.Advance(TimeSpan.FromDays(1));
        clock.Advance(TimeSpan.FromDays(1));
        await Task.Delay(200);
        Assert.True(await store.ExistsAsync(ageing));

        // Days go by until it is past 30 days idle and a daily run has seen it (bounded: 20 days).
        for (var day = 0; day < 20 && await store.ExistsAsync(ageing); day++)
        {
            clock.Advance(TimeSpan.FromDays(1));
            await Task.Delay(100);
        }

        Assert.False(await store.ExistsAsync(ageing));
        Assert.True(clock.GetUtcNow() - Start > TimeSpan.FromDays(5), "it went only once it was more than 30 days idle");
        await stop.CancelAsync();
        await daily;
    }
}
