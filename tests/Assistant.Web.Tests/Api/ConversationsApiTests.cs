using System.Net;
using System.Net.Http.Json;
using Assistant.Core.Conversations;
using Assistant.Core.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Web.Tests.Api;

/// <summary>
/// A store that already holds conversations 5 and 40 days old when the server starts with
/// Assistant:ConversationRetentionDays = 30.
/// </summary>
public sealed class RetentionWebAppFixture : SettingsWebAppFixture
{
    public RetentionWebAppFixture()
        : base(new Dictionary<string, string> { ["Assistant:ConversationRetentionDays"] = "30" })
    {
        var database = new SqliteDatabase(DatabasePath);
        RecentId = Seed(database, "five days ago", TimeSpan.FromDays(5));
        OldId = Seed(database, "forty days ago", TimeSpan.FromDays(40));
    }

    public string RecentId { get; }

    public string OldId { get; }

    private static string Seed(SqliteDatabase database, string title, TimeSpan ago)
    {
        var at = DateTimeOffset.UtcNow - ago;
        var store = new SqliteConversationStore(database, new StoppedClock(at));
        var id = store.CreateAsync(title).GetAwaiter().GetResult();
        store.AppendAsync(id, new StoredMessage("user", title, null, at)).GetAwaiter().GetResult();
        return id;
    }

    private sealed class StoppedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

public sealed class ConversationsApiTests(RetentionWebAppFixture app) : IClassFixture<RetentionWebAppFixture>
{
    private IConversationStore Conversations => app.Services.GetRequiredService<IConversationStore>();

    [Fact]
    public async Task Conversations_older_than_the_retention_are_gone_when_the_server_starts()
    {
        var client = app.CreateClient();

        var page = await client.GetStringAsync("/");

        Assert.False(await Conversations.ExistsAsync(app.OldId));
        Assert.True(await Conversations.ExistsAsync(app.RecentId));
        Assert.Contains($"c/{app.RecentId}", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"c/{app.OldId}", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_a_conversation_answers_204_and_it_is_gone_from_the_store_and_the_list()
    {
        var client = app.CreateClient();
        var (status, answer, _) = await ApiJson.PostAsync(client, "api/chat", new { question = "Tell me about PDX2" });
        Assert.Equal(HttpStatusCode.OK, status);
        var id = answer.GetProperty("conversationId").GetString()!;

        using var deleted = await client.DeleteAsync($"api/conversations/{id}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.False(await Conversations.ExistsAsync(id));
        Assert.Empty(await Conversations.GetMessagesAsync(id));
        Assert.DoesNotContain($"c/{id}", await client.GetStringAsync("/"), StringComparison.Ordinal);
        var (followUp, problem, _) = await ApiJson.PostAsync(client, "api/chat", new { question = "and SEA4?", conversationId = id });
        Assert.Equal(HttpStatusCode.NotFound, followUp);
        Assert.Equal($"There is no conversation '{id}'.", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("nosuchthing")]
    [InlineData("%27%20OR%201%3D1%20--")]
    public async Task Deleting_an_unknown_conversation_answers_404_problem_details_and_deletes_nothing(string id)
    {
        var client = app.CreateClient();
        var before = (await Conversations.ListAsync(limit: 1000)).Count;

        using var response = await client.DeleteAsync($"api/conversations/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        Assert.Equal($"There is no conversation '{Uri.UnescapeDataString(id)}'.", problem.GetProperty("detail").GetString());
        Assert.Equal(before, (await Conversations.ListAsync(limit: 1000)).Count);
        Assert.True(await Conversations.ExistsAsync(app.RecentId));
    }
}

public sealed class KeyedConversationsApiTests(KeyedWebAppFixture app) : IClassFixture<KeyedWebAppFixture>
{
    [Fact]
    public async Task Deleting_a_conversation_needs_the_api_key()
    {
        var keyed = app.CreateClient();
        keyed.DefaultRequestHeaders.TryAddWithoutValidation("X-Api-Key", KeyedWebAppFixture.Key);
        var (_, answer, _) = await ApiJson.PostAsync(keyed, "api/chat", new { question = "Tell me about PDX2" });
        var id = answer.GetProperty("conversationId").GetString()!;

        using var refused = await app.CreateClient().DeleteAsync($"api/conversations/{id}");
        var stillThere = await app.Services.GetRequiredService<IConversationStore>().ExistsAsync(id);
        using var deleted = await keyed.DeleteAsync($"api/conversations/{id}");

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.True(stillThere);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.False(await app.Services.GetRequiredService<IConversationStore>().ExistsAsync(id));
    }
}
