using System.Net;
using Assistant.Web.Security;

namespace Assistant.Web.Api;

/// <summary>
/// /signin: where a person enters the API key once, when one is configured, so the chat page and
/// its own calls (/api/chat/stream, /api/networks) work in a browser. The browser keeps a session
/// cookie (<see cref="BrowserSessions"/>: random, expires after 12 hours), never the key itself.
/// Attempts are rate-limited per client (<see cref="SignInLimit"/>). POST /signout ends the
/// session on the server, so a copied cookie is worthless afterwards too.
/// </summary>
public static class SignInEndpoint
{
    public const string Path = "/signin";
    public const string SignOutPath = "/signout";

    public static IEndpointRouteBuilder MapSignIn(this IEndpointRouteBuilder endpoints)
    {
        var signIn = endpoints.MapGroup(Path).ExcludeFromDescription().WithMetadata(OpenWithoutKey.Instance);
        signIn.MapGet("", (ApiKey key) => key.IsConfigured ? Page(null, StatusCodes.Status200OK) : Results.Redirect("/"));

        // The form is read by hand (not bound), so antiforgery does not ask for a token the page
        // cannot have; a forged post would have to know the key, which is all it could set.
        signIn.MapPost("", async (HttpContext context, ApiKey key, BrowserSessions sessions) =>
        {
            if (!key.IsConfigured)
            {
                return Results.Redirect("/");
            }

            var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(context.RequestAborted) : null;
            if (!key.Matches(form?["key"].ToString()))
            {
                return Page("That is not the key.", StatusCodes.Status401Unauthorized);
            }

            var (token, expires) = sessions.Start();
            context.Response.Cookies.Append(ApiKeyGate.CookieName, token, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                Secure = context.Request.IsHttps,
                Path = "/",
                Expires = expires,
            });
            return Results.Redirect("/");
        }).RequireRateLimiting(SignInLimit.Policy);

        // Open like /signin: it only ever ends the session the browser presents.
        endpoints.MapPost(SignOutPath, (HttpContext context, BrowserSessions sessions) =>
        {
            sessions.End(context.Request.Cookies[ApiKeyGate.CookieName]);
            context.Response.Cookies.Delete(ApiKeyGate.CookieName, new CookieOptions { Path = "/" });
            return Results.Redirect(Path);
        }).ExcludeFromDescription().WithMetadata(OpenWithoutKey.Instance);
        return endpoints;
    }

    private static IResult Page(string? message, int status)
    {
        var error = message is null ? "" : $"<p class=\"message-error\" role=\"alert\">{WebUtility.HtmlEncode(message)}</p>";
        var html = $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8" /><title>Sign in · Planning assistant</title><link rel="stylesheet" href="/app.css" /></head>
            <body>
            <main class="signin">
            <h1>Planning assistant</h1>
            <form method="post" action="{{Path}}">
            <label for="key">API key</label>
            <input id="key" name="key" type="password" autocomplete="current-password" autofocus required data-testid="api-key" />
            <button type="submit" data-testid="sign-in">Sign in</button>
            </form>
            {{error}}
            </main>
            </body>
            </html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }
}
