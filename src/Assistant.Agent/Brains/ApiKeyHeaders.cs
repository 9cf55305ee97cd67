using System.ClientModel.Primitives;

namespace Assistant.Agent.Brains;

/// <summary>
/// Adjusts the SDK's key header just before each request goes out. The SDK always sends the key
/// as a bearer token (right for OpenAI, Azure's v1 endpoint and vLLM); Azure hosts also get the
/// "api-key" header Azure has always taken, and without a key (a local Ollama) the placeholder
/// the SDK insists on is taken off again, so no made-up credential leaves the machine. The SDK's
/// logging redacts both headers.
/// </summary>
public sealed class ApiKeyHeaders(string? apiKey, bool azure) : PipelinePolicy
{
    /// <summary>What the SDK is given when there is no key: it refuses an empty credential.</summary>
    public const string NoKey = "no-key";

    public override void Process(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
    {
        Apply(message);
        ProcessNext(message, pipeline, currentIndex);
    }

    public override async ValueTask ProcessAsync(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
    {
        Apply(message);
        await ProcessNextAsync(message, pipeline, currentIndex).ConfigureAwait(false);
    }

    public static bool IsAzureHost(Uri endpoint) =>
        endpoint.Host.EndsWith(".openai.azure.com", StringComparison.OrdinalIgnoreCase)
        || endpoint.Host.EndsWith(".cognitiveservices.azure.com", StringComparison.OrdinalIgnoreCase)
        || endpoint.Host.EndsWith(".services.ai.azure.com", StringComparison.OrdinalIgnoreCase);

    private void Apply(PipelineMessage message)
    {
        if (string.IsNullOrEmpty(apiKey))
        {
            message.Request.Headers.Remove("Authorization");
        }
        else if (azure)
        {
            message.Request.Headers.Set("api-key", apiKey);
        }
    }
}
