using System.Net;
using System.Net.Sockets;
using System.Text;
using Assistant.Core;

namespace Assistant.Agent.Brains;

/// <summary>
/// Where the OpenAI brain talks to and how patiently, from configuration section
/// "Assistant:OpenAI". Any server that speaks OpenAI's chat-completions protocol will do:
/// OpenAI itself, Azure OpenAI's v1 endpoint, Ollama, vLLM, LM Studio.
/// </summary>
public sealed record OpenAiBrainSettings
{
    public const string DefaultEndpoint = "https://api.openai.com/v1/";

    /// <summary>The environment variable read for the key when the setting is empty, as OpenAI's own tools do.</summary>
    public const string KeyVariable = "OPENAI_API_KEY";

    /// <summary>The base address; the client appends "chat/completions".</summary>
    public string Endpoint { get; init; } = DefaultEndpoint;

    /// <summary>The model (on Azure, the deployment name).</summary>
    public string Model { get; init; } = "gpt-4o-mini";

    /// <summary>The key; never logged. Local servers need none.</summary>
    public string? ApiKey { get; init; }

    /// <summary>How long one attempt may wait for the server, including reading a streamed answer.</summary>
    public double TimeoutSeconds { get; init; } = 100;

    /// <summary>How many times a rate-limited (429), failed (5xx) or timed-out call is tried again.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>The wait before the first retry; each later retry waits twice as long, unless the server says how long (Retry-After).</summary>
    public double RetryDelaySeconds { get; init; } = 1;

    /// <summary>This record with the key taken from the environment when configuration has none.</summary>
    public OpenAiBrainSettings WithKeyFrom(Func<string, string?> environment) =>
        string.IsNullOrWhiteSpace(ApiKey) && environment(KeyVariable) is { Length: > 0 } key ? this with { ApiKey = key } : this;

    /// <summary>The endpoint, checked: an absolute http(s) address, and a key unless the server is on this machine or a private network.</summary>
    public Uri CheckedEndpoint()
    {
        if (!Uri.TryCreate(Endpoint?.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new InputError($"Assistant:OpenAI:Endpoint must be an http(s) address such as {DefaultEndpoint}; it is '{Endpoint}'.");
        }

        if (string.IsNullOrWhiteSpace(Model))
        {
            throw new InputError("Assistant:OpenAI:Model is empty; set it to the model (on Azure, the deployment) to ask, such as gpt-4o-mini.");
        }

        if (string.IsNullOrWhiteSpace(ApiKey) && !IsLocal(uri))
        {
            throw new InputError(
                $"The openai brain needs an API key for {uri.GetLeftPart(UriPartial.Authority)}: set Assistant:OpenAI:ApiKey "
                + $"(environment variable Assistant__OpenAI__ApiKey or {KeyVariable}, or user secrets).");
        }

        if (TimeoutSeconds <= 0 || MaxRetries < 0 || RetryDelaySeconds < 0)
        {
            throw new InputError("Assistant:OpenAI:TimeoutSeconds must be positive, and MaxRetries and RetryDelaySeconds not negative.");
        }

        // A base address without a trailing slash would lose its last segment ("/v1") when "chat/completions" is appended.
        return uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri + "/");
    }

    /// <summary>Servers on this machine or a private network (Ollama, vLLM) usually take no key.</summary>
    public static bool IsLocal(Uri uri)
    {
        if (uri.IsLoopback || uri.Host.EndsWith(".local", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address))
        {
            return false;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            return address.IsIPv6UniqueLocal || address.IsIPv6LinkLocal;
        }

        var bytes = address.GetAddressBytes();
        return bytes[0] == 10 || (bytes[0] == 172 && bytes[1] is >= 16 and <= 31) || (bytes[0] == 192 && bytes[1] == 168);
    }

    // The generated ToString would print the key into any log line that mentions the settings.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"Endpoint = {Endpoint}, Model = {Model}, ApiKey = {(string.IsNullOrEmpty(ApiKey) ? "(none)" : "(set)")}, ");
        builder.Append($"TimeoutSeconds = {TimeoutSeconds}, MaxRetries = {MaxRetries}, RetryDelaySeconds = {RetryDelaySeconds}");
        return true;
    }
}
