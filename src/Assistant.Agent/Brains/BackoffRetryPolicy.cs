using System.ClientModel.Primitives;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Assistant.Agent.Brains;

/// <summary>
/// The SDK's retry policy (it already retries 408, 429, 500, 502, 503, 504 and network failures,
/// timeouts included) with our own waits: exponential from a configurable first delay, with
/// jitter so that several clients do not retry in step, and the server's own word when it gives
/// one (retry-after-ms, then Retry-After in seconds or as a date), capped so that a confused
/// server cannot park a question for an hour.
/// </summary>
public sealed class BackoffRetryPolicy(int maxRetries, TimeSpan firstDelay, ILoggerFactory? loggers = null, TimeProvider? clock = null)
    : ClientRetryPolicy(maxRetries, loggers is not null, loggers)
{
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(60);

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    protected override TimeSpan GetNextDelay(PipelineMessage message, int tryCount) =>
        ServerDelay(message.Response, _clock.GetUtcNow()) ?? Backoff(firstDelay, tryCount, Random.Shared.NextDouble());

    /// <summary>firstDelay · 2^(try−1), ±20% jitter, at most <see cref="MaxDelay"/>.</summary>
    public static TimeSpan Backoff(TimeSpan firstDelay, int tryCount, double random)
    {
        var exponent = Math.Clamp(tryCount - 1, 0, 16);
        var seconds = firstDelay.TotalSeconds * Math.Pow(2, exponent) * (0.8 + (0.4 * random));
        return TimeSpan.FromSeconds(Math.Min(seconds, MaxDelay.TotalSeconds));
    }

    /// <summary>The wait the server asked for, if it asked: retry-after-ms (Azure, OpenAI) or Retry-After (seconds or an HTTP date).</summary>
    public static TimeSpan? ServerDelay(PipelineResponse? response, DateTimeOffset now)
    {
        if (response is null)
        {
            return null;
        }

        if (response.Headers.TryGetValue("retry-after-ms", out var ms)
            && double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out var milliseconds) && milliseconds >= 0)
        {
            return Cap(TimeSpan.FromMilliseconds(milliseconds));
        }

        if (!response.Headers.TryGetValue("Retry-After", out var value) || string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
        {
            return Cap(TimeSpan.FromSeconds(seconds));
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when)
            ? Cap(when > now ? when - now : TimeSpan.Zero)
            : null;
    }

    private static TimeSpan Cap(TimeSpan delay) => delay > MaxDelay ? MaxDelay : delay;
}
