using System.ClientModel;
using System.ClientModel.Primitives;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OpenAI;
using OpenAI.Chat;
using AiChatMessage = Microsoft.Extensions.AI.ChatMessage;

namespace Assistant.Agent.Brains;

/// <summary>
/// The LLM brain: Microsoft.Extensions.AI's <see cref="IChatClient"/> over the official OpenAI SDK's
/// chat completions, so the agent loop drives a hosted model exactly as it drives the offline
/// planner. Retries (429, 5xx, timeouts) happen inside the SDK's pipeline, with
/// <see cref="BackoffRetryPolicy"/>; anything that still fails becomes a <see cref="BrainFailure"/>.
/// </summary>
public sealed class OpenAiChatClient : IChatClient
{
    public const string ProviderName = "openai";

    private readonly ChatClient _client;
    private readonly ChatClientMetadata _metadata;
    private readonly OpenAiFailures _failures;
    private readonly ILogger _logger;

    public OpenAiChatClient(OpenAiBrainSettings settings, ILoggerFactory? loggers = null)
    {
        var endpoint = settings.CheckedEndpoint();
        var options = new OpenAIClientOptions
        {
            Endpoint = endpoint,
            NetworkTimeout = TimeSpan.FromSeconds(settings.TimeoutSeconds),
            RetryPolicy = new BackoffRetryPolicy(settings.MaxRetries, TimeSpan.FromSeconds(settings.RetryDelaySeconds), loggers),
            // Request and response bodies stay out of the logs: they hold the operators' questions.
            ClientLoggingOptions = new ClientLoggingOptions { LoggerFactory = loggers, EnableLogging = loggers is not null, EnableMessageContentLogging = false },
        };
        options.AddPolicy(new ApiKeyHeaders(settings.ApiKey, ApiKeyHeaders.IsAzureHost(endpoint)), PipelinePosition.BeforeTransport);
        var key = string.IsNullOrEmpty(settings.ApiKey) ? ApiKeyHeaders.NoKey : settings.ApiKey;
        _client = new ChatClient(settings.Model, new ApiKeyCredential(key), options);
        _metadata = new ChatClientMetadata(ProviderName, endpoint, settings.Model);
        _failures = new OpenAiFailures(endpoint, settings.Model, settings.ApiKey, options.NetworkTimeout.Value, settings.MaxRetries);
        _logger = (ILogger?)loggers?.CreateLogger<OpenAiChatClient>() ?? NullLogger.Instance;
    }

    public async Task<ChatResponse> GetResponseAsync(
        IEnumerable<AiChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        try
        {
            var completion = await _client.CompleteChatAsync(OpenAiRequests.Messages(messages), OpenAiRequests.Options(options), cancellationToken);
            return OpenAiResponses.Response(completion.Value);
        }
        catch (Exception error) when (_failures.Translate(error, cancellationToken) is { } failure)
        {
            throw Logged(failure);
        }
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<AiChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var request = OpenAiRequests.Messages(messages);
        var stream = _client.CompleteChatStreamingAsync(request, OpenAiRequests.Options(options), cancellationToken);
        var calls = new StreamedToolCalls();
        string? responseId = null, modelId = null;
        DateTimeOffset? createdAt = null;
        Microsoft.Extensions.AI.ChatFinishReason? finish = null;

        await using var updates = stream.GetAsyncEnumerator(cancellationToken);
        while (await NextAsync(updates, cancellationToken) is { } update)
        {
            responseId ??= update.CompletionId;
            modelId ??= update.Model;
            createdAt ??= update.CreatedAt;
            finish = OpenAiResponses.FinishReason(update.FinishReason) ?? finish;
            foreach (var fragment in update.ToolCallUpdates ?? [])
            {
                calls.Add(fragment);
            }

            var contents = new List<AIContent>();
            var text = OpenAiResponses.Text(update.ContentUpdate) + (update.RefusalUpdate ?? "");
            if (text.Length > 0)
            {
                contents.Add(new TextContent(text));
            }

            if (OpenAiResponses.Usage(update.Usage) is { } usage)
            {
                contents.Add(new UsageContent(usage));
            }

            if (contents.Count > 0)
            {
                yield return Update(contents);
            }
        }

        // Arguments are only whole once the stream has ended; the calls go out together, last.
        if (calls.Any)
        {
            yield return Update([.. calls.Complete()]);
        }

        ChatResponseUpdate Update(IList<AIContent> contents) => new(ChatRole.Assistant, contents)
        {
            ResponseId = responseId,
            MessageId = responseId,
            ModelId = modelId,
            CreatedAt = createdAt,
            FinishReason = finish,
        };
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is not null ? null
        : serviceType == typeof(ChatClientMetadata) ? _metadata
        : serviceType == typeof(ChatClient) ? _client
        : serviceType.IsInstanceOfType(this) ? this
        : null;

    public void Dispose()
    {
        // The SDK's client shares its HTTP pipeline process-wide and holds nothing to release.
    }

    /// <summary>The next streamed chunk, or null at the end; a failure (while connecting, retrying or reading) becomes a <see cref="BrainFailure"/>.</summary>
    private async Task<StreamingChatCompletionUpdate?> NextAsync(IAsyncEnumerator<StreamingChatCompletionUpdate> updates, CancellationToken cancellationToken)
    {
        try
        {
            return await updates.MoveNextAsync() ? updates.Current : null;
        }
        catch (Exception error) when (_failures.Translate(error, cancellationToken) is { } failure)
        {
            throw Logged(failure);
        }
    }

    private BrainFailure Logged(BrainFailure failure)
    {
        _logger.LogWarning("{Failure}", failure.Message);
        return failure;
    }
}
