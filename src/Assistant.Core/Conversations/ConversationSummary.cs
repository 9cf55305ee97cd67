namespace Assistant.Core.Conversations;

public sealed record ConversationSummary(string Id, string Title, DateTimeOffset CreatedUtc, DateTimeOffset UpdatedUtc, int Turns);
