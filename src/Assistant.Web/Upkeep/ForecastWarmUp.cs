using System.Diagnostics;
using Assistant.Agent;
using Assistant.Plugins.Forecast;

namespace Assistant.Web.Upkeep;

/// <summary>
/// Fits the forecast breakdowns' delivery hierarchy in the background as soon as the server
/// starts, and again whenever the data has changed (looked at every few minutes), so the first
/// breakdown question of a day finds it done instead of waiting tens of seconds for it. Progress
/// goes to the log; a question that arrives meanwhile shares the same fit.
/// </summary>
internal sealed class ForecastWarmUp(AssistantRuntime runtime, TimeProvider clock, ILogger<ForecastWarmUp> logger) : BackgroundService
{
    public static readonly TimeSpan CheckEvery = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (runtime.Plugins.OfType<ForecastPlugin>().FirstOrDefault() is not { } forecasts)
        {
            return;
        }

        // Off the start-up path: the server listens while the fit runs.
        await Task.Yield();
        while (true)
        {
            try
            {
                await WarmUpOnceAsync(forecasts, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // A store without delivery lanes, say: breakdown questions will say why themselves.
                logger.LogWarning("Preparing forecast breakdowns failed: {Reason}", exception.Message);
            }

            try
            {
                await Task.Delay(CheckEvery, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task WarmUpOnceAsync(ForecastPlugin forecasts, CancellationToken stoppingToken)
    {
        var started = Stopwatch.GetTimestamp();
        // Below 0 so that the start (0%) is logged too; stays so when the fit was already done.
        var lastLogged = -25;
        await forecasts.WarmUpAsync(percent =>
        {
            // Every quarter, so a slow start shows it is moving without filling the log.
            if (percent < 100 && Math.Floor(percent / 25.0) > Math.Floor(lastLogged / 25.0))
            {
                lastLogged = percent;
                logger.LogInformation("Preparing forecast breakdowns in the background: {Percent}% of the delivery hierarchy fitted", percent);
            }
        }, stoppingToken);

        if (lastLogged >= 0)
        {
            logger.LogInformation("Forecast breakdowns ready after {Seconds:0.0} s", Stopwatch.GetElapsedTime(started).TotalSeconds);
        }
    }
}
