using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace Assistant.Web.Api;

/// <summary>
/// Every error of the API is problem details (application/problem+json), whatever raised it: a
/// body the server could not read (empty, not JSON, too large), a route or method that does not
/// exist, or a failure nobody caught. The answer is written in place: re-running the request on an
/// error page would re-run its method too (a PUT found no such page and answered 405). Pages get a
/// short HTML page instead; the details of an internal failure go to the log only.
/// </summary>
public static class ErrorResponses
{
    private const string InternalFailure = "Something went wrong; the details are in the server log.";

    public static IServiceCollection AddErrorResponses(this IServiceCollection services)
    {
        services.AddProblemDetails();
        // Minimal APIs answer a body they cannot bind with an empty 400 unless asked to throw;
        // thrown, it reaches the handler below and is explained.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services;
    }

    public static WebApplication UseErrorResponses(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = WriteAsync,
            StatusCodeSelector = error => error is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
            // A client's bad request is the client's business, not an error of the server's.
            SuppressDiagnosticsCallback = context => context.Exception is BadHttpRequestException,
        });
        app.UseStatusCodePages(context => EmptyApiErrorAsync(context.HttpContext));
        return app;
    }

    private static async Task WriteAsync(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var status = context.Response.StatusCode;
        var (title, detail) = error is BadHttpRequestException bad
            ? ("The request could not be read", Describe(bad))
            : ("Internal error", InternalFailure);
        if (IsApi(context.Request) || error is BadHttpRequestException)
        {
            await TypedResults.Problem(detail, statusCode: status, title: title).ExecuteAsync(context);
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync($$"""
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8" /><title>{{WebUtility.HtmlEncode(title)}} · Planning assistant</title><link rel="stylesheet" href="/app.css" /></head>
            <body><main class="plain-page"><h1>Something went wrong</h1><p>{{WebUtility.HtmlEncode(detail)}} <a href="/">Back to the chat</a>.</p></main></body>
            </html>
            """);
    }

    // An API error answered without a body (no such route, a method the route does not take, a
    // media type it does not read) gets one that says so.
    private static async Task EmptyApiErrorAsync(HttpContext context)
    {
        if (!IsApi(context.Request))
        {
            return;
        }

        var request = context.Request;
        var path = Shown(request.Path.Value ?? "");
        var detail = context.Response.StatusCode switch
        {
            StatusCodes.Status404NotFound => $"Nothing answers {request.Method} {path}; /openapi/v1.json lists every endpoint.",
            StatusCodes.Status405MethodNotAllowed => $"{path} does not take {request.Method}; /openapi/v1.json lists what it takes.",
            StatusCodes.Status415UnsupportedMediaType => "Send the body as JSON (Content-Type: application/json).",
            _ => null,
        };
        await TypedResults.Problem(detail, statusCode: context.Response.StatusCode).ExecuteAsync(context);
    }

    private static string Describe(BadHttpRequestException bad)
    {
        if (bad.InnerException is JsonException json)
        {
            return $"The body is not the JSON this request takes: {json.Message}";
        }

        if (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return "The body is larger than this server accepts.";
        }

        if (bad.Message.Contains("no body was provided", StringComparison.OrdinalIgnoreCase))
        {
            return "The body is empty; this request takes a JSON object.";
        }

        return bad.Message;
    }

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    private static string Shown(string path) => path.Length <= 120 ? path : path[..120] + "…";
}
