namespace Assistant.Agent.Brains;

/// <summary>
/// The language-model service could not give an answer (unreachable, refused, rate-limited after
/// every retry, timed out, or answered with something that is not a chat completion). The message
/// says which, names the endpoint and model, and never contains the key.
/// </summary>
public sealed class BrainFailure(string message, int? status = null, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The HTTP status the service answered with, when it answered.</summary>
    public int? Status { get; } = status;
}
