using System.Diagnostics;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using Assistant.Agent.Brains;
using Assistant.Agent.Chat;
using Assistant.Agent.Loop;
using Assistant.Core;
using Assistant.Core.Conversations;
using Assistant.Plugins.Capacity;
using Assistant.Web.Chat;
using Microsoft.AspNetCore.Mvc;

namespace Assistant.Web.Api;

/// <summary>
/// The chat for programs. POST /api/chat answers with the whole answer at once (text, tool calls
/// with their JSON, timings, usage). POST /api/chat/sse takes the same body and streams
/// server-sent events as the answer is made: tool_call_started, tool_call_finished, text (pieces
/// to append), then done (the same object POST /api/chat returns) or error (a problem details
/// object). A separate path, rather than content negotiation on Accept, keeps each operation one
/// response type in the OpenAPI document and lets any client pick the stream without headers.
/// Requests that are wrong from the start (no question, unknown conversation or network file)
/// are refused with problem details on both paths before any event is sent.
/// The browser page keeps its own stream, /api/chat/stream (HTML fragments as JSON lines).
/// </summary>
public static class ChatApi
{
    public const string Path = "/api/chat";
    public const string SsePath = "/api/chat/sse";

    private const string InternalFailure = "Something went wrong; the details are in the server log.";
    private const string BrainFailed = "The language model could not answer";

    public static IEndpointRouteBuilder MapChatApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, AskAsync)
            .WithTags("chat")
            .WithName("chat")
            .WithSummary("Ask a question; the answer comes with every tool call behind it.")
            .Produces<ChatResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status502BadGateway);
        endpoints.MapPost(SsePath, StreamAsync)
            .WithTags("chat")
            .WithName("chat_sse")
            .WithSummary("Ask a question and receive the answer as server-sent events: tool_call_started, tool_call_finished, text, then done or error.")
            .Produces<ChatResponse>(StatusCodes.Status200OK, "text/event-stream")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status502BadGateway);
        return endpoints;
    }

    private static async Task<IResult> AskAsync(
        ChatRequest request, ChatService chat, IConversationStore conversations, NetworkFiles files, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        if (await RefuseAsync(request, conversations, files, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        try
        {
            var reply = await chat.AskAsync(request.ConversationId, request.Question, cancellationToken, Network(request));
            return TypedResults.Ok(ChatResponse.From(reply, Stopwatch.GetElapsedTime(started).TotalMilliseconds));
        }
        catch (InputError error)
        {
            return TypedResults.Problem(error.Message, statusCode: StatusCodes.Status400BadRequest, title: "The question was refused");
        }
        catch (BrainFailure failure)
        {
            // The language-model service is down, refusing or rate-limited: the same one line the page
            // shows, since the caller can act on it (the message names the endpoint and model, never the key).
            Logger(loggers).LogWarning("Answering in conversation {ConversationId} failed: {Failure}", request.ConversationId, failure.Message);
            return TypedResults.Problem(failure.Message, statusCode: StatusCodes.Status502BadGateway, title: BrainFailed);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Logger(loggers).LogError(exception, "Answering {Question} in conversation {ConversationId} failed", request.Question, request.ConversationId);
            return TypedResults.Problem(InternalFailure, statusCode: StatusCodes.Status500InternalServerError);
        }
    }

    private static async Task<IResult> StreamAsync(
        ChatRequest request, ChatService chat, IConversationStore conversations, NetworkFiles files, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        if (await RefuseAsync(request, conversations, files, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        // The first step opens (or creates) the conversation; anything it refuses is still a plain
        // problem response, since no event has been written yet.
        var updates = chat.StreamAsync(request.ConversationId, request.Question, cancellationToken, Network(request)).GetAsyncEnumerator(cancellationToken);
        string conversationId;
        try
        {
            conversationId = await updates.MoveNextAsync() && updates.Current is ConversationOpened opened
                ? opened.ConversationId
                : throw new InvalidOperationException("The chat did not open a conversation.");
        }
        catch (InputError error)
        {
            await updates.DisposeAsync();
            return TypedResults.Problem(error.Message, statusCode: StatusCodes.Status400BadRequest, title: "The question was refused");
        }

        return TypedResults.ServerSentEvents(EventsAsync(updates, conversationId, started, Logger(loggers), cancellationToken));
    }

    private static async IAsyncEnumerable<SseItem<object>> EventsAsync(
        IAsyncEnumerator<AgentUpdate> updates, string conversationId, long started, ILogger logger,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var _ = updates;
        while (true)
        {
            SseItem<object>? next = null;
            var finished = false;
            try
            {
                if (!await updates.MoveNextAsync())
                {
                    finished = true;
                }
                else
                {
                    next = ToEvent(updates.Current, conversationId, started);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                finished = true; // The client went away; nobody is left to tell.
            }
            catch (InputError error)
            {
                next = Error(StatusCodes.Status400BadRequest, error.Message);
                finished = true;
            }
            catch (BrainFailure failure)
            {
                logger.LogWarning("Streaming an answer in conversation {ConversationId} failed: {Failure}", conversationId, failure.Message);
                next = Error(StatusCodes.Status502BadGateway, failure.Message);
                finished = true;
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "Streaming an answer in conversation {ConversationId} failed", conversationId);
                next = Error(StatusCodes.Status500InternalServerError, InternalFailure);
                finished = true;
            }

            if (next is { } item)
            {
                yield return item;
            }

            if (finished)
            {
                yield break;
            }
        }
    }

    private static SseItem<object>? ToEvent(AgentUpdate update, string conversationId, long started) => update switch
    {
        ToolCallStarted call => new SseItem<object>(
            new ToolCallStartedData(call.CallId, call.Tool, ToolCallReport.Parse(call.ArgumentsJson)),
            "tool_call_started"),
        ToolCallFinished call => new SseItem<object>(ToolCallReport.From(call.Trace), "tool_call_finished"),
        AnswerTextDelta delta => new SseItem<object>(new TextData(delta.Text), "text"),
        AnswerCompleted completed => new SseItem<object>(
            ChatResponse.From(new ChatReply(conversationId, completed.Answer), Stopwatch.GetElapsedTime(started).TotalMilliseconds),
            "done"),
        _ => null,
    };

    private static SseItem<object> Error(int status, string detail) =>
        new(new ProblemDetails
        {
            Status = status,
            Title = status switch
            {
                StatusCodes.Status400BadRequest => "The question was refused",
                StatusCodes.Status502BadGateway => BrainFailed,
                _ => "Internal error",
            },
            Detail = detail,
        }, "error");

    // Checked before anything is stored, so a refused request leaves no empty conversation behind.
    private static async Task<IResult?> RefuseAsync(ChatRequest request, IConversationStore conversations, NetworkFiles files, CancellationToken cancellationToken)
    {
        var question = request.Question?.Trim() ?? "";
        if (question.Length == 0)
        {
            return Invalid("question", "'question' is required and must not be blank.");
        }

        if (question.Length > ChatService.MaxQuestionLength)
        {
            return Invalid("question", $"'question' is {question.Length} characters long; the limit is {ChatService.MaxQuestionLength}.");
        }

        try
        {
            ChatStreamEndpoint.CheckNetwork(files, Network(request));
        }
        catch (InputError error)
        {
            return Invalid("network", error.Message);
        }

        if (!string.IsNullOrWhiteSpace(request.ConversationId) && !await conversations.ExistsAsync(request.ConversationId, cancellationToken))
        {
            return TypedResults.Problem($"There is no conversation '{request.ConversationId}'.", statusCode: StatusCodes.Status404NotFound, title: "Unknown conversation");
        }

        return null;
    }

    private static IResult Invalid(string argument, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [argument] = [message] }, detail: message, title: "The request is not valid");

    private static string? Network(ChatRequest request) => string.IsNullOrWhiteSpace(request.Network) ? null : request.Network.Trim();

    private static ILogger Logger(ILoggerFactory loggers) => loggers.CreateLogger(typeof(ChatApi));
}
