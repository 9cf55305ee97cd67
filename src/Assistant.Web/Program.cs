namespace Assistant.Web;

/// <summary>
/// The web app's entry point. It lives in a namespace, not as top-level statements, so that a
/// program that references this project (the CLI, for <c>serve</c>) keeps its own global
/// Program; tests host it with WebApplicationFactory&lt;Program&gt;.
/// </summary>
public sealed class Program
{
    public static async Task Main(string[] args)
    {
        var app = await AssistantWebApp.BuildAsync(args);
        await app.RunAsync();
    }
}
