using Assistant.Core.Conversations;

namespace Assistant.Web.Api;

/// <summary>
/// DELETE /api/conversations/{id}: removes a conversation and all its messages (204), or answers
/// 404 problem details when there is none with that id. Behind the API key like the rest of
/// /api. Old conversations also go by themselves (Assistant:ConversationRetentionDays).
/// </summary>
public static class ConversationsApi
{
    public const string Path = "/api/conversations";

    public static IEndpointRouteBuilder MapConversationsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapDelete(Path + "/{id}", DeleteAsync)
            .WithTags("conversations")
            .WithName("delete_conversation")
            .WithSummary("Delete a conversation and its messages.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    private static async Task<IResult> DeleteAsync(string id, IConversationStore conversations, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (!await conversations.DeleteAsync(id, cancellationToken))
        {
            return TypedResults.Problem($"There is no conversation '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Unknown conversation");
        }

        loggers.CreateLogger(typeof(ConversationsApi)).LogInformation("Deleted conversation {ConversationId}", id);
        return TypedResults.NoContent();
    }
}
