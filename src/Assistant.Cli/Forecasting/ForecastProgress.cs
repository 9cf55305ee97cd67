using System.Globalization;
using Assistant.Forecasting.Batch;

namespace Assistant.Cli.Forecasting;

/// <summary>
/// Progress lines on stderr ("forecast: 1,234 of 10,000 series (12%), 15.2 s elapsed, ~110 s
/// left"): every ~2 seconds, and for large inputs also at every 5% so the pace is visible in a
/// log even when each step is quick. Small runs that finish within 2 seconds print nothing.
/// </summary>
public sealed class ForecastProgress(TextWriter error)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    /// <summary>From this many series on, every 5% is reported as well.</summary>
    public const int LargeInput = 1000;

    private TimeSpan _lastPrinted = TimeSpan.Zero;
    private int _lastTwentieth;

    public void Report(BatchProgress progress)
    {
        if (progress.Done >= progress.Total)
        {
            return;
        }

        var twentieth = (int)(20L * progress.Done / progress.Total);
        var sinceLast = progress.Elapsed - _lastPrinted;

        // A 5% step right after a timed line would only repeat it.
        var due = sinceLast >= Interval
            || (progress.Total >= LargeInput && twentieth > _lastTwentieth && sinceLast >= Interval / 4);
        _lastTwentieth = twentieth;
        if (!due)
        {
            return;
        }

        _lastPrinted = progress.Elapsed;
        error.WriteLine(Line(progress));
    }

    public static string Line(BatchProgress progress)
    {
        var percent = (int)(100L * progress.Done / progress.Total);
        var left = progress.Remaining is { } remaining ? $", ~{Seconds(remaining)} left" : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"forecast: {progress.Done:N0} of {progress.Total:N0} series ({percent}%), {progress.Elapsed.TotalSeconds:F1} s elapsed{left}");
    }

    private static string Seconds(TimeSpan span) => span.TotalSeconds < 10
        ? string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:F1} s")
        : string.Create(CultureInfo.InvariantCulture, $"{Math.Round(span.TotalSeconds):N0} s");
}
