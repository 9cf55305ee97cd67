using Assistant.Web.Security;

namespace Assistant.Web.Api;

/// <summary>
/// With a key configured, every /api/* request must carry it (Authorization: Bearer KEY or
/// X-Api-Key: KEY) or a live browser session, else 401 problem details; the pages redirect to
/// /signin, where a person enters the key once and the browser keeps a session cookie (HttpOnly,
/// SameSite=Strict, so another site cannot spend it). What stays open is decided by the endpoint
/// a request was routed to (<see cref="OpenWithoutKey"/>: /healthz, /openapi/*, /signin and the
/// app's own static assets), never by the look of its path. Without a key everything is open.
/// </summary>
public sealed class ApiKeyGate(RequestDelegate next, ApiKey key, BrowserSessions sessions)
{
    public const string HeaderName = "X-Api-Key";
    public const string CookieName = "assistant_session";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!key.IsConfigured || IsOpen(context) || Presents(context))
        {
            await next(context);
            return;
        }

        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await TypedResults.Problem(
                $"This API needs the key: send 'Authorization: Bearer KEY' or '{HeaderName}: KEY'.",
                statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized").ExecuteAsync(context);
            return;
        }

        context.Response.Redirect(SignInEndpoint.Path);
    }

    private static bool IsOpen(HttpContext context) =>
        !context.Request.Path.StartsWithSegments("/api")
        && context.GetEndpoint()?.Metadata.GetMetadata<OpenWithoutKey>() is not null;

    private bool Presents(HttpContext context)
    {
        var headers = context.Request.Headers;
        if (headers.TryGetValue(HeaderName, out var given) && key.Matches(given.ToString()))
        {
            return true;
        }

        var authorization = headers.Authorization.ToString();
        const string bearer = "Bearer ";
        if (authorization.StartsWith(bearer, StringComparison.OrdinalIgnoreCase) && key.Matches(authorization[bearer.Length..]))
        {
            return true;
        }

        return sessions.IsValid(context.Request.Cookies[CookieName]);
    }
}
