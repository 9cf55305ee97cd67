using System.Text.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.AI;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace Assistant.Web.Api;

/// <summary>
/// Puts every plugin function into the OpenAPI document as its own operation, POST
/// /api/tools/{name}, with the function's argument schema (the one an LLM is given) as the request
/// body and its result schema as the response, so a client discovers every tool, and generates a
/// typed call for it, from the document alone. ASP.NET Core cannot see these: one generic route
/// serves them all. When a key is configured the document also says how to present it.
/// </summary>
public sealed class ToolPathsTransformer(ToolCatalog catalog, ApiKey key) : IOpenApiDocumentTransformer
{
    private const string ToolsTag = "tools";
    private const string ProblemJson = "application/problem+json";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Middle-mile planning assistant";
        document.Info.Description = "Ask the planning assistant (POST /api/chat, or /api/chat/sse for server-sent events) or call its tools directly (POST /api/tools/{name}, the JSON body being the function's arguments).";
        document.Paths ??= [];
        foreach (var function in catalog.Functions)
        {
            document.Paths[ToolsApi.PathOf(function.Name)] = new OpenApiPathItem
            {
                Operations = new Dictionary<HttpMethod, OpenApiOperation> { [HttpMethod.Post] = Operation(document, function) },
            };
        }

        if (key.IsConfigured)
        {
            RequireKey(document);
        }

        return Task.CompletedTask;
    }

    private static OpenApiOperation Operation(OpenApiDocument document, AIFunction function) => new()
    {
        OperationId = function.Name,
        Summary = function.Name,
        Description = function.Description,
        Tags = new HashSet<OpenApiTagReference> { new(ToolsTag, document) },
        RequestBody = new OpenApiRequestBody
        {
            Description = "The function's arguments.",
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = Schema(function.JsonSchema, document) } },
        },
        Responses = new OpenApiResponses
        {
            ["200"] = new OpenApiResponse
            {
                Description = "The function's result.",
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/json"] = new() { Schema = function.ReturnJsonSchema is { } result ? Schema(result, document) : new OpenApiSchema { Type = JsonSchemaType.Object } },
                },
            },
            ["400"] = Problem(document, "HttpValidationProblemDetails", "An argument is unknown, missing or of the wrong type; 'errors' names each."),
            ["422"] = Problem(document, "ProblemDetails", "The function refused the input (an unknown site, a period without data, ...); 'detail' says why."),
            ["504"] = Problem(document, "ProblemDetails", "The function ran past its time limit."),
        },
    };

    // The chat endpoints put the problem schemas into the document's components; reuse them.
    private static OpenApiResponse Problem(OpenApiDocument document, string schema, string description) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            [ProblemJson] = new()
            {
                Schema = document.Components?.Schemas?.ContainsKey(schema) == true
                    ? new OpenApiSchemaReference(schema, document)
                    : new OpenApiSchema { Type = JsonSchemaType.Object },
            },
        },
    };

    // The function schemas are JSON Schema 2020-12, which OpenAPI 3.1 schemas are; one that the
    // reader cannot take is given as a plain object rather than dropping the tool from the document.
    private static IOpenApiSchema Schema(JsonElement schema, OpenApiDocument document)
    {
        var parsed = OpenApiModelFactory.Parse<OpenApiSchema>(schema.GetRawText(), OpenApiSpecVersion.OpenApi3_1, document, out var diagnostic, "json");
        return parsed is not null && diagnostic?.Errors is not { Count: > 0 } ? parsed : new OpenApiSchema { Type = JsonSchemaType.Object };
    }

    private static void RequireKey(OpenApiDocument document)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["bearer"] = new OpenApiSecurityScheme { Type = SecuritySchemeType.Http, Scheme = "bearer", Description = "Authorization: Bearer KEY" };
        document.Components.SecuritySchemes["apiKey"] = new OpenApiSecurityScheme { Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Header, Name = ApiKeyGate.HeaderName };
        document.Security ??= [];
        // Either scheme on its own is enough: two requirement objects, not one with both.
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("bearer", document)] = [] });
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("apiKey", document)] = [] });
    }
}
