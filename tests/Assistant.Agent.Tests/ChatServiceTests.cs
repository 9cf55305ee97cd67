using Assistant.Agent.Chat;
using Assistant.Core;

namespace Assistant.Agent.Tests;

public sealed class ChatServiceTests(DemoAssistant demo) : IClassFixture<DemoAssistant>
{
    [Fact]
    public async Task A_conversation_is_saved_with_its_traces_and_continues_after_a_restart()
    {
        var first = await demo.Runtime.Chat.AskAsync(null, "What was the volume at SEA4 last week?");
        var messages = await demo.Runtime.Conversations.GetMessagesAsync(first.ConversationId);
        Assert.Equal(["user", "assistant"], messages.Select(m => m.Role));
        var trace = ChatService.ReadTrace(messages[1]);
        Assert.Equal("volume_history", Assert.Single(trace!.ToolCalls).Tool);

        // A new runtime on the same file: the follow-up still knows the site and the dates.
        var restarted = await AssistantRuntime.StartAsync(demo.Runtime.Settings, demo.Clock);
        var second = await restarted.Chat.AskAsync(first.ConversationId, "and for PDX2?");

        Assert.Equal(first.ConversationId, second.ConversationId);
        var call = Assert.Single(second.Answer.ToolCalls);
        Assert.Contains("\"site\":\"PDX2\"", call.ArgumentsJson);
        Assert.Contains("\"start\":\"2026-11-09\"", call.ArgumentsJson);
        Assert.Equal(4, (await restarted.Conversations.GetMessagesAsync(first.ConversationId)).Count);
    }

    [Theory]
    [InlineData("   ", "The question is empty.")]
    [InlineData(null, "There is no conversation 'nope'.")]
    public async Task Bad_chat_input_is_refused_with_a_message_and_saves_nothing(string? question, string message)
    {
        var before = (await demo.Runtime.Conversations.ListAsync(1000)).Count;
        var error = await Assert.ThrowsAsync<InputError>(() =>
            demo.Runtime.Chat.AskAsync(question is null ? "nope" : null, question ?? "volume at SEA4 yesterday"));
        Assert.Equal(message, error.Message);
        Assert.Equal(before, (await demo.Runtime.Conversations.ListAsync(1000)).Count);
    }

    [Fact]
    public async Task A_question_over_the_length_limit_is_refused()
    {
        var error = await Assert.ThrowsAsync<InputError>(() => demo.Runtime.Chat.AskAsync(null, new string('x', ChatService.MaxQuestionLength + 1)));
        Assert.Contains("limit is 2000", error.Message);
    }
}
