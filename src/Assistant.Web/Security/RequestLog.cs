using System.Diagnostics;

namespace Assistant.Web.Security;

/// <summary>
/// One log line per request (method, address, status, time), in place of ASP.NET's own request
/// lines, which print the full address with its query string: a key sent as ?api_key=... would
/// land in the log. The address goes through <see cref="LoggedUrl"/> first.
/// </summary>
public sealed class RequestLog(RequestDelegate next, ILogger<RequestLog> logger)
{
    /// <summary>The ASP.NET category whose request lines carry the full address; kept below Information.</summary>
    public const string HostingCategory = "Microsoft.AspNetCore.Hosting.Diagnostics";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!logger.IsEnabled(LogLevel.Information))
        {
            await next(context);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            logger.LogInformation("{Method} {Url} answered {Status} in {Milliseconds:0.0} ms",
                context.Request.Method, LoggedUrl.Of(context.Request), context.Response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }
}
