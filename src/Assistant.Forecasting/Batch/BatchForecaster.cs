using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using Assistant.Forecasting.Backtesting;
using Assistant.Forecasting.Daily;

namespace Assistant.Forecasting.Batch;

/// <summary>
/// Forecasts many series at once, one per core, and hands each result back in the input's order
/// as soon as it and every series before it are done, so a writer can stream them out. Per series
/// the model is the candidate with the lowest rolling-origin WAPE at the asked horizon
/// (the rule of <see cref="BacktestSelection"/>); a series too short for a fair backtest gets the first
/// candidate directly. Daily series (those with <see cref="TimeSeries.FirstDay"/>) have their
/// calendar events divided out and put back (<see cref="EventAdjusted"/>).
/// </summary>
public sealed class BatchForecaster
{
    /// <summary>Origins per backtest: enough to not judge a model on one unlucky stretch, few enough to stay cheap.</summary>
    public const int BacktestOrigins = 4;

    private readonly IReadOnlyList<BatchCandidate> _candidates;
    private readonly IReadOnlyList<BatchCandidate> _dailyCandidates;
    private readonly int _maxParallelism;

    public BatchForecaster(IReadOnlyList<BatchCandidate> candidates, int? maxParallelism = null)
    {
        if (candidates.Count == 0)
        {
            throw new ArgumentException("At least one candidate model is needed.", nameof(candidates));
        }

        _candidates = candidates;
        _dailyCandidates = [.. candidates.Select(c => new BatchCandidate(new EventAdjusted(c.Backtest), new EventAdjusted(c.Final)))];
        _maxParallelism = maxParallelism ?? Environment.ProcessorCount;
    }

    /// <summary>Candidates that cost the same in backtest and forecast.</summary>
    public BatchForecaster(IReadOnlyList<IForecaster> candidates, int? maxParallelism = null)
        : this([.. candidates.Select(BatchCandidate.Same)], maxParallelism)
    {
    }

    /// <summary>
    /// Results finished out of order wait for the ones before them; this many series (per core)
    /// may be started ahead of the oldest unfinished one, which bounds that buffer however
    /// uneven the series' costs are.
    /// </summary>
    public int WindowPerCore { get; init; } = 32;

    /// <summary>
    /// Origins are one season apart, so each backtest starts at the same phase of the cycle; with
    /// no season they are one period apart, as a larger step would only ask for more history.
    /// </summary>
    public static int BacktestStep(int seasonLength) => Math.Max(1, seasonLength);

    /// <summary>
    /// The shortest series that is backtested: the horizon and the spacing of the origins, plus
    /// two full seasons (at least 8 values) before the earliest origin so that a seasonal model
    /// has something to learn from there.
    /// </summary>
    public static int MinimumBacktestLength(int horizon, int seasonLength) =>
        horizon + (BacktestOrigins - 1) * BacktestStep(seasonLength) + Math.Max(2 * seasonLength, 8);

    /// <summary>One series' forecast; safe to call from many threads at once.</summary>
    public BatchForecastResult ForecastOne(int index, TimeSeries series, int horizon)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(horizon, 1);
        if (series.Length == 0)
        {
            throw new ArgumentException($"Series {series.Id} has no values.", nameof(series));
        }

        var candidates = series.FirstDay is null ? _candidates : _dailyCandidates;
        var backtested = series.Length >= MinimumBacktestLength(horizon, series.SeasonLength);
        var chosen = backtested ? candidates[BestByBacktest(candidates, series, horizon)] : candidates[0];
        var forecast = chosen.Final.Forecast(series, horizon);
        return new BatchForecastResult(index, series, chosen.Name, IntervalNesting.Nest(forecast), backtested);
    }

    /// <summary>
    /// The rule of <see cref="BacktestSelection"/>: the lowest rolling-origin WAPE wins, a
    /// candidate with no score (NaN) never beats one with a score, and ties go to the earlier
    /// candidate. Applied here rather than through BacktestSelection because the backtest and the
    /// final forecast may be run by different instances of a model (<see cref="BatchCandidate"/>).
    /// </summary>
    private static int BestByBacktest(IReadOnlyList<BatchCandidate> candidates, TimeSeries series, int horizon)
    {
        var step = BacktestStep(series.SeasonLength);
        var best = 0;
        var bestWape = double.NaN;
        for (var i = 0; i < candidates.Count; i++)
        {
            var wape = Backtest.Run(candidates[i].Backtest, series, horizon, BacktestOrigins, step).WapePct;
            if (i == 0 || (!double.IsNaN(wape) && (double.IsNaN(bestWape) || wape < bestWape)))
            {
                best = i;
                bestWape = wape;
            }
        }

        return best;
    }

    /// <summary>
    /// Forecasts every series, calling <paramref name="deliver"/> once per series in input order
    /// and <paramref name="progress"/> after each series finishes; both are called one at a time,
    /// never concurrently. If a series fails, the batch stops and that failure is thrown.
    /// </summary>
    public void Run(
        IReadOnlyList<TimeSeries> series,
        int horizon,
        Action<BatchForecastResult> deliver,
        Action<BatchProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(horizon, 1);
        var clock = Stopwatch.StartNew();
        var gate = new Lock();
        var pending = new Dictionary<int, BatchForecastResult>();
        var next = 0;
        var done = 0;
        using var window = new SemaphoreSlim(Math.Max(1, WindowPerCore * _maxParallelism));

        // Cancelled when a series fails, so that a worker waiting for room in the window
        // (which only the failed series would have made) gives up instead of waiting forever.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        IEnumerable<int> Indices()
        {
            for (var i = 0; i < series.Count; i++)
            {
                window.Wait(stop.Token);
                yield return i;
            }
        }

        BatchForecastResult ForecastSeries(int i)
        {
            try
            {
                return ForecastOne(i, series[i], horizon);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                throw new InvalidOperationException($"Forecasting series {series[i].Id} failed: {error.Message}", error);
            }
        }

        void Complete(BatchForecastResult result)
        {
            lock (gate)
            {
                pending.Add(result.Index, result);
                while (pending.Remove(next, out var ready))
                {
                    deliver(ready);
                    next++;
                    window.Release();
                }

                done++;
                progress?.Invoke(new BatchProgress(done, series.Count, clock.Elapsed));
            }
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = _maxParallelism, CancellationToken = stop.Token };

        // No buffering: each worker takes the next series only when it is free, so series are
        // started in input order and finished results rarely wait long for their predecessors.
        var source = Partitioner.Create(Indices(), EnumerablePartitionerOptions.NoBuffering);
        try
        {
            Parallel.ForEach(source, options, i =>
            {
                try
                {
                    Complete(ForecastSeries(i));
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    stop.Cancel();
                    throw;
                }
            });
        }
        catch (AggregateException errors)
        {
            // The series that failed, not the workers that were stopped because of it.
            var first = errors.Flatten().InnerExceptions.FirstOrDefault(e => e is not OperationCanceledException)
                ?? errors.Flatten().InnerExceptions[0];
            ExceptionDispatchInfo.Capture(first).Throw();
        }
    }
}
