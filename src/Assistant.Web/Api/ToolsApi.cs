using System.Text.Json;
using Assistant.Agent.Loop;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.AI;

namespace Assistant.Web.Api;

/// <summary>
/// The plugin functions over HTTP, for programs that want a number without a conversation:
/// GET /api/tools lists them with their argument schemas; POST /api/tools/{function} calls one
/// with the JSON body as its arguments and answers with the function's own JSON result. A wrong
/// call is a problem details response: 404 for an unknown function, 400 naming each argument that
/// does not fit the schema, 422 with the function's message when it refuses the input (an unknown
/// site, a date range it cannot serve), 504 when it runs past the agent's tool time limit.
/// </summary>
public static class ToolsApi
{
    public const string Path = "/api/tools";

    /// <summary>Arguments are a few values; a bigger body is not arguments.</summary>
    public const int MaxArgumentBytes = 1024 * 1024;

    public static IEndpointRouteBuilder MapToolsApi(this IEndpointRouteBuilder endpoints)
    {
        var tools = endpoints.MapGroup(Path).WithTags("tools");
        tools.MapGet("", List)
            .WithName("list_tools")
            .WithSummary("Every function the assistant's tools offer, with its JSON Schema arguments.");

        // Each function is documented at its own path (ToolPathsTransformer) with its own request
        // schema; this one generic route serves them all and is left out of the document.
        tools.MapPost("{function}", CallAsync).ExcludeFromDescription();
        return endpoints;
    }

    public static string PathOf(string function) => $"{Path}/{function}";

    private static Ok<List<ToolDescription>> List(ToolCatalog catalog) =>
        TypedResults.Ok(catalog.Functions
            .Select(f => new ToolDescription(f.Name, f.Description, f.JsonSchema, PathOf(f.Name)))
            .ToList());

    private static async Task<IResult> CallAsync(string function, HttpRequest request, ToolCatalog catalog, CancellationToken cancellationToken)
    {
        if (catalog.Find(function) is not { } tool)
        {
            return TypedResults.Problem(
                $"There is no function '{function}'. Functions: {string.Join(", ", catalog.Functions.Select(f => f.Name).Order(StringComparer.Ordinal))}.",
                statusCode: StatusCodes.Status404NotFound, title: "Unknown function");
        }

        JsonElement arguments;
        try
        {
            if (await ReadArgumentsAsync(request, cancellationToken) is not { } read)
            {
                return TypedResults.Problem($"The arguments may be at most {MaxArgumentBytes / 1024} KB of JSON.",
                    statusCode: StatusCodes.Status413PayloadTooLarge, title: "Invalid arguments");
            }

            arguments = read;
        }
        catch (JsonException error)
        {
            return TypedResults.Problem($"The body is not valid JSON: {error.Message}", statusCode: StatusCodes.Status400BadRequest, title: "Invalid arguments");
        }

        var problems = ToolArguments.Validate(tool.JsonSchema, arguments);
        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(problems,
                detail: string.Join(" ", problems.Values.SelectMany(messages => messages)),
                title: $"The arguments do not fit {function}");
        }

        var values = arguments.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone(), StringComparer.Ordinal);
        var call = new FunctionCallContent($"http-{Guid.NewGuid():N}", tool.Name, values);
        var (_, trace) = await catalog.Box.InvokeAsync(call, catalog.Timeout, cancellationToken);
        return trace.Outcome switch
        {
            ToolCallOutcome.Ok => TypedResults.Text(trace.ResultJson, "application/json; charset=utf-8"),
            ToolCallOutcome.InputError => TypedResults.Problem(ErrorOf(trace), statusCode: StatusCodes.Status422UnprocessableEntity, title: $"{function} refused the input"),
            ToolCallOutcome.TimedOut => TypedResults.Problem(ErrorOf(trace), statusCode: StatusCodes.Status504GatewayTimeout, title: $"{function} took too long"),
            _ => TypedResults.Problem(ErrorOf(trace), statusCode: StatusCodes.Status500InternalServerError, title: $"{function} failed"),
        };
    }

    // An empty body is a call without arguments (list_regions, or every optional one left out).
    // A key given twice is refused: which of the two a function would see is anybody's guess.
    private static async Task<JsonElement?> ReadArgumentsAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (await BoundedBody.ReadAsync(request, MaxArgumentBytes, cancellationToken) is not { } text)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            text = "{}";
        }

        using var document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowDuplicateProperties = false });
        return document.RootElement.Clone();
    }

    // The tool box turns every failure into {"error": "..."}, worded for the caller.
    private static string ErrorOf(ToolCallTrace trace)
    {
        using var document = JsonDocument.Parse(trace.ResultJson);
        return document.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String
            ? error.GetString()!
            : trace.ResultJson;
    }
}
