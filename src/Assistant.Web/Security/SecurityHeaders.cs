using System.Security.Cryptography;

namespace Assistant.Web.Security;

/// <summary>
/// The headers every response carries, errors included. The Content-Security-Policy lets the page
/// run only the app's own scripts (plus the import map ASP.NET writes inline, by a nonce made per
/// request), fetch and post only to this origin, and show images only from this origin or data:
/// URLs, so a Markdown image or link in imported data cannot make the browser call another host;
/// no other site may frame the page. The vendored Vega charts run under it without 'unsafe-eval'
/// because js/charts.js asks vega-embed for its built-in expression interpreter (ast: true).
/// Styles allow 'unsafe-inline': vega-embed adds a style element and Markdown tables align cells
/// with style attributes; with images limited as above, a style cannot reach another host.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    private const string NonceKey = "assistant-csp-nonce";

    /// <summary>The nonce this request's page gives its inline import map.</summary>
    public static string? NonceOf(HttpContext? context) => context?.Items[NonceKey] as string;

    public static string Policy(string nonce) =>
        "default-src 'self'; " +
        $"script-src 'self' 'nonce-{nonce}'; " +
        "style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; " +
        "connect-src 'self'; " +
        "font-src 'self'; " +
        "object-src 'none'; " +
        "base-uri 'self'; " +
        "form-action 'self'; " +
        "frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        // Hex, not base64: a '+' or '/' in the nonce is HTML-encoded in the page's attribute
        // (&#x2B;), so the page's text no longer spells what the header says.
        var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        context.Items[NonceKey] = nonce;
        // Set when the response starts, so a response the error handler rewrote carries them too.
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = Policy(nonce);
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Cross-Origin-Resource-Policy"] = "same-origin";
            if (context.Request.IsHttps)
            {
                headers.StrictTransportSecurity = "max-age=31536000";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
