using Assistant.Core.Csv;
using System.Diagnostics;
using System.Globalization;
using Assistant.Forecasting;
using Assistant.Forecasting.Batch;

namespace Assistant.Cli.Forecasting;

/// <summary>
/// A whole `assistant forecast` run: read and check every series first (so a bad file fails
/// before any work and writes nothing), then forecast them in parallel and stream the results,
/// in the input's series order, into a temporary file that becomes the output only at the end.
/// Notes and progress go to <paramref name="notes"/> (stderr); the return value is the summary.
/// </summary>
public sealed class ForecastJob(TextWriter notes)
{
    /// <summary>Series named one by one when they are too short to backtest; the rest are counted.</summary>
    public const int ShortSeriesNamed = 5;

    public string Run(ForecastRequest request, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var (checkedSeries, frequency) = Load(request);
        var season = request.Season ?? frequency.DefaultSeason;
        var series = checkedSeries.Select(s => ToTimeSeries(s, frequency, season)).ToList();

        using var output = new AtomicOutput(request.Output);
        var writer = new ForecastCsvWriter(output.Writer, frequency);
        writer.WriteHeader();
        var progress = new ForecastProgress(notes);
        var chosen = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var tooShort = new List<string>();
        new BatchForecaster(request.Candidates).Run(series, request.Horizon, result =>
        {
            writer.Write(checkedSeries[result.Index], result);
            chosen[result.Chosen] = chosen.GetValueOrDefault(result.Chosen) + 1;
            if (!result.Backtested)
            {
                tooShort.Add(result.Series.Id);
            }
        }, progress.Report, cancellationToken);
        output.Commit();

        if (tooShort.Count > 0)
        {
            notes.WriteLine(ShortSeriesNote(tooShort, request, season));
        }

        var models = string.Join(", ", chosen.Select(c => $"{c.Key} {c.Value:N0}"));
        return string.Create(CultureInfo.InvariantCulture,
            $"Wrote {writer.Rows:N0} forecasts for {series.Count:N0} series ({frequency.Name}, season {season}, horizon {request.Horizon}) to {request.Output} in {clock.Elapsed.TotalSeconds:F1} s; models: {models}.");
    }

    /// <summary>
    /// Reads and checks every series. The row-level arrays (instants and row numbers) live only
    /// in here; what leaves is one array of values per series.
    /// </summary>
    private (List<InputSeries> Series, SeriesFrequency Frequency) Load(ForecastRequest request)
    {
        var input = LongCsvReader.Read(request.Input);
        if (input.IgnoredColumns.Count > 0)
        {
            notes.WriteLine($"forecast: ignoring column{(input.IgnoredColumns.Count == 1 ? "" : "s")} {string.Join(", ", input.IgnoredColumns)} (covariates are not used yet).");
        }

        foreach (var rows in input.Series)
        {
            rows.SortByTime();
        }

        var frequency = request.Frequency ?? InferFrequency(request.Input, input);
        return (input.Series.Select(rows => rows.Check(request.Input, frequency)).ToList(), frequency);
    }

    private SeriesFrequency InferFrequency(string file, LongCsvInput input)
    {
        var (frequency, spacing) = FrequencyInference.Infer(file, input.Series);
        notes.WriteLine($"forecast: inferred frequency {frequency.Code} ({frequency.Name}) from the most common spacing, {SeriesRows.Describe(spacing)}; pass --freq to set it.");
        return frequency;
    }

    private static TimeSeries ToTimeSeries(InputSeries series, SeriesFrequency frequency, int season) =>
        new(series.Id, series.Values, season)
        {
            // Hourly series carry their week as a further season, for the models that use several (mstl).
            MoreSeasonLengths = [.. frequency.MoreSeasons.Where(m => m != season)],
            // Daily series get the calendar: their event days are learnt and forecast (EventAdjusted).
            FirstDay = frequency == SeriesFrequency.Daily ? TimestampText.Day(series.FirstTicks, series.LastOffset) : null,
        };

    private static string ShortSeriesNote(List<string> ids, ForecastRequest request, int season)
    {
        var named = string.Join(", ", ids.Take(ShortSeriesNamed));
        var more = ids.Count > ShortSeriesNamed ? $" and {ids.Count - ShortSeriesNamed:N0} more" : "";
        var needed = BatchForecaster.MinimumBacktestLength(request.Horizon, season);
        return $"forecast: {ids.Count:N0} series too short for a backtest at horizon {request.Horizon} (fewer than {needed} values) were forecast with {request.Candidates[0].Name} directly: {named}{more}.";
    }
}
