using System.Net;

namespace Assistant.Web.Api;

/// <summary>
/// /signin: where a person enters the API key once, when one is configured, so the chat page and
/// its own calls (/api/chat/stream, /api/networks) work in a browser. The browser keeps a session
/// cookie derived from the key (see <see cref="ApiKey"/>), never the key itself.
/// </summary>
public static class SignInEndpoint
{
    public const string Path = "/signin";

    public static IEndpointRouteBuilder MapSignIn(this IEndpointRouteBuilder endpoints)
    {
        var signIn = endpoints.MapGroup(Path).ExcludeFromDescription();
        signIn.MapGet("", (ApiKey key) => key.IsConfigured ? Page(null, StatusCodes.Status200OK) : Results.Redirect("/"));

        // The form is read by hand (not bound), so antiforgery does not ask for a token the page
        // cannot have; a forged post would have to know the key, which is all it could set.
        signIn.MapPost("", async (HttpContext context, ApiKey key) =>
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

            context.Response.Cookies.Append(ApiKeyGate.CookieName, key.SessionToken!, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                Secure = context.Request.IsHttps,
                Path = "/",
            });
            return Results.Redirect("/");
        });
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
