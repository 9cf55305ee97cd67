using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Assistant.Web.Security;

/// <summary>
/// Sign-in attempts are limited per client address (ASP.NET Core's rate limiter, a fixed window):
/// guessing the key by trying costs a minute per <see cref="AttemptsPerMinute"/> tries. An attempt
/// beyond the limit is answered 429 problem details with Retry-After, and the key is not checked.
/// </summary>
public static class SignInLimit
{
    public const string Policy = "sign-in";
    public const int AttemptsPerMinute = 10;

    public static IServiceCollection AddSignInLimit(this IServiceCollection services) =>
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(Policy, context => RateLimitPartition.GetFixedWindowLimiter(
                // Behind a reverse proxy every client shares the proxy's address: see README.
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = AttemptsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.OnRejected = async (rejected, cancellationToken) =>
            {
                var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
                var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
                rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await TypedResults.Problem(
                    $"Too many sign-in attempts from this address: at most {AttemptsPerMinute} a minute. Try again in {seconds} seconds.",
                    statusCode: StatusCodes.Status429TooManyRequests, title: "Too many attempts").ExecuteAsync(rejected.HttpContext);
            };
        });
}
