using Assistant.Agent;

namespace Assistant.Web;

/// <summary>
/// GET /healthz: answers once the assistant has started (store open, brain ready), so start
/// scripts and tests can wait for it instead of sleeping.
/// </summary>
public static class HealthEndpoint
{
    public static IEndpointRouteBuilder MapHealthEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", (AssistantRuntime runtime) =>
            TypedResults.Ok(new HealthReport("ok", runtime.Chat.BrainName, runtime.Database.FilePath)));
        return endpoints;
    }
}
