using System.Text.Json;
using Assistant.Agent.Brains;
using Assistant.Agent.Chat;
using Assistant.Agent.Loop;
using Assistant.Core;
using Assistant.Core.Conversations;
using Assistant.Plugins.Capacity;
using Microsoft.AspNetCore.Http.Features;

namespace Assistant.Web.Chat;

/// <summary>
/// POST /api/chat/stream: asks the assistant and streams the answer back as it is made, one JSON
/// object a line (<see cref="ChatStreamEvent"/>), so the page can show tool calls and text as they come.
/// A network file is named by its bare file name and must be one the server lists (see
/// <see cref="NetworkFiles"/>); anything else is refused before the question is asked (and before a
/// conversation is opened for it).
/// </summary>
public static class ChatStreamEndpoint
{
    public const string Path = "/api/chat/stream";

    private const string InternalFailure = "Something went wrong; the details are in the server log.";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static IEndpointRouteBuilder MapChatStream(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, StreamAsync);
        return endpoints;
    }

    private static async Task StreamAsync(
        ChatQuestion request, HttpContext context, ChatService chat, IConversationStore conversations,
        AnswerMarkdown markdown, ChatFragments fragments, NetworkFiles files, ILoggerFactory loggers)
    {
        var cancellationToken = context.RequestAborted;
        context.Response.ContentType = "application/x-ndjson; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        var conversationId = request.ConversationId;
        var network = string.IsNullOrWhiteSpace(request.Network) ? null : request.Network.Trim();
        var text = "";
        try
        {
            CheckNetwork(files, network);
            await foreach (var update in chat.StreamAsync(conversationId, request.Question ?? "", cancellationToken, network))
            {
                switch (update)
                {
                    case ConversationOpened opened:
                        conversationId = opened.ConversationId;
                        await WriteAsync(context, new ChatStreamEvent("opened") { ConversationId = conversationId }, cancellationToken);
                        break;
                    case ToolCallStarted started:
                        await WriteAsync(context, new ChatStreamEvent("tool-started") { Tool = started.Tool }, cancellationToken);
                        break;
                    case ToolCallProgress progress:
                        await WriteAsync(context, new ChatStreamEvent("tool-progress") { Tool = progress.Tool, Note = progress.Note }, cancellationToken);
                        break;
                    case ToolCallFinished finished:
                        await WriteAsync(context, new ChatStreamEvent("tool-finished") { Tool = finished.Trace.Tool }, cancellationToken);
                        break;
                    case AnswerTextDelta delta:
                        // The whole text so far is rendered again: Markdown read piecewise would break emphasis and tables.
                        text += delta.Text;
                        await WriteAsync(context, new ChatStreamEvent("text") { Html = markdown.ToHtml(text) }, cancellationToken);
                        break;
                    case AnswerCompleted completed:
                        var recent = await conversations.ListAsync(cancellationToken: cancellationToken);
                        await WriteAsync(context, new ChatStreamEvent("done")
                        {
                            ConversationId = conversationId,
                            Html = await fragments.MessageAsync(ChatEntry.Finished(completed.Answer)),
                            SidebarHtml = await fragments.ConversationListAsync(recent, conversationId),
                        }, cancellationToken);
                        break;
                }
            }
        }
        catch (InputError error)
        {
            await WriteAsync(context, new ChatStreamEvent("error") { Html = await fragments.MessageAsync(ChatEntry.Failure(error.Message)) }, cancellationToken);
        }
        catch (BrainFailure failure)
        {
            // The language-model service is down, refusing or rate-limited: worth telling the user (the message never holds the key).
            loggers.CreateLogger(typeof(ChatStreamEndpoint)).LogWarning("Answering in conversation {ConversationId} failed: {Failure}", conversationId, failure.Message);
            await WriteAsync(context, new ChatStreamEvent("error") { Html = await fragments.MessageAsync(ChatEntry.Failure(failure.Message)) }, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The page went away; nobody is left to tell.
        }
        catch (Exception exception)
        {
            loggers.CreateLogger(typeof(ChatStreamEndpoint)).LogError(exception,
                "Answering {Question} in conversation {ConversationId} failed", request.Question, conversationId);
            await WriteAsync(context, new ChatStreamEvent("error") { Html = await fragments.MessageAsync(ChatEntry.Failure(InternalFailure)) }, cancellationToken);
        }
    }

    // NetworkFiles holds the one rule for naming a network (a bare, listed name; a regular file
    // within the size cap); checked here too so a refused name opens no conversation.
    internal static void CheckNetwork(NetworkFiles files, string? network)
    {
        if (network is not null)
        {
            files.Load(network);
        }
    }

    private static async Task WriteAsync(HttpContext context, ChatStreamEvent line, CancellationToken cancellationToken)
    {
        await JsonSerializer.SerializeAsync(context.Response.Body, line, Json, cancellationToken);
        await context.Response.Body.WriteAsync("\n"u8.ToArray(), cancellationToken);
        await context.Response.Body.FlushAsync(cancellationToken);
    }
}
