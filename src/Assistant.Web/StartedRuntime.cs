using Assistant.Agent;

namespace Assistant.Web;

/// <summary>
/// Holds the assistant once it has started. It is started after the host is built (see
/// <see cref="AssistantWebApp"/>), but services are registered before, so they reach it here.
/// </summary>
internal sealed class StartedRuntime
{
    private AssistantRuntime? _runtime;

    public AssistantRuntime Runtime => _runtime
        ?? throw new InvalidOperationException("The assistant has not started yet; AssistantWebApp.BuildAsync starts it.");

    public void Set(AssistantRuntime runtime)
    {
        if (Interlocked.CompareExchange(ref _runtime, runtime, null) is not null)
        {
            throw new InvalidOperationException("The assistant has already started.");
        }
    }
}
