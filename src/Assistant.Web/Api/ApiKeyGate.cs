using Microsoft.Net.Http.Headers;

namespace Assistant.Web.Api;

/// <summary>
/// With a key configured, every /api/* request must carry it (Authorization: Bearer KEY or
/// X-Api-Key: KEY) or the browser's session cookie, else 401 problem details; the pages redirect
/// to /signin, where a person enters the key once and the browser keeps a session cookie
/// (HttpOnly, SameSite=Strict, so another site cannot spend it). /healthz, /openapi/*, /signin
/// and the static files (scripts, styles: nothing of the network's data) stay open, so probes
/// and client generators work without the key. Without a key everything is open, as before.
/// </summary>
public sealed class ApiKeyGate(RequestDelegate next, ApiKey key)
{
    public const string HeaderName = "X-Api-Key";
    public const string CookieName = "assistant_session";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!key.IsConfigured || IsOpen(context.Request.Path) || Presents(context))
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

    private static bool IsOpen(PathString path) =>
        !path.StartsWithSegments("/api")
        && (path.StartsWithSegments("/healthz")
            || path.StartsWithSegments("/openapi")
            || path.StartsWithSegments(SignInEndpoint.Path)
            || Path.HasExtension(path.Value));

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

        return key.IsSessionToken(context.Request.Cookies[CookieName]);
    }
}
