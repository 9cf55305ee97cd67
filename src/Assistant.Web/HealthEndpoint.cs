using Assistant.Agent;
using Assistant.Web.Security;

namespace Assistant.Web;

/// <summary>
/// GET /healthz: answers once the assistant has started (store open, brain ready), so start
/// scripts and tests can wait for it instead of sleeping. Open without the key, so it says
/// nothing about the machine (no file paths).
/// </summary>
public static class HealthEndpoint
{
    public static IEndpointRouteBuilder MapHealthEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", (AssistantRuntime runtime) => TypedResults.Ok(new HealthReport("ok", runtime.Chat.BrainName)))
            .WithMetadata(OpenWithoutKey.Instance);
        return endpoints;
    }
}
