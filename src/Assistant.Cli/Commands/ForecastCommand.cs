using System.CommandLine;
using Assistant.Cli.Forecasting;
using Assistant.Core;
using Assistant.Forecasting.Batch;

namespace Assistant.Cli.Commands;

/// <summary>
/// `assistant forecast --input F --horizon H --out F`: forecasts every series of a long CSV file,
/// each with the candidate model that did best in a rolling-origin backtest, in parallel, and
/// writes the forecasts with 80% and 95% intervals as a long CSV. Nothing is written unless the
/// whole run succeeds.
/// </summary>
public static class ForecastCommand
{
    public const int MaxHorizon = 1000;
    public const int MaxSeason = 1000;

    public static Command Create()
    {
        var input = new Option<string>("--input")
        {
            Description = "Long CSV with a header: series_id,timestamp,value, one row per series and period, in any order. "
                + "Timestamps are ISO 8601 dates or date-times. Further columns (covariates) are accepted and ignored for now.",
            Required = true,
        };
        var horizon = new Option<int>("--horizon") { Description = $"Periods to forecast (1-{MaxHorizon}).", Required = true };
        var frequency = new Option<string?>("--freq")
        {
            Description = "H (hourly), D (daily) or W (weekly); inferred from the most common spacing of the timestamps if omitted.",
        };
        var season = new Option<int?>("--season")
        {
            Description = "Season length in periods (default: 24 hourly, 7 daily, 1 weekly, i.e. none).",
        };
        var output = new Option<string>("--out")
        {
            Description = "The CSV to write: series_id,timestamp,forecast,lo80,hi80,lo95,hi95 (replaced only when the run succeeds).",
            Required = true,
        };
        var models = new Option<string>("--models")
        {
            Description = $"Candidate models, comma-separated, from {string.Join(", ", BatchModels.Names)}; each series gets the one with the lowest "
                + "backtest WAPE at the horizon, and a series too short for a backtest gets the first.",
            DefaultValueFactory = _ => string.Join(",", BatchModels.Default),
        };
        var command = new Command("forecast",
            "Forecast every series of a long CSV file, in parallel, with the best model per series by rolling-origin backtest; "
            + "daily series also get calendar events (holidays, Prime Day, Black Friday, December). Progress on stderr, a summary on stdout.")
        {
            input, horizon, frequency, season, output, models,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var request = new ForecastRequest(
                parse.GetValue(input)!,
                parse.GetValue(output)!,
                Horizon(parse.GetValue(horizon)),
                Frequency(parse.GetValue(frequency)),
                Season(parse.GetValue(season)),
                Candidates(parse.GetValue(models)!));

            // The run is CPU-bound and uses every core itself; off the main thread so Ctrl+C cancels it.
            var summary = await Task.Run(() => new ForecastJob(Console.Error).Run(request, cancellationToken), cancellationToken);
            Console.Out.WriteLine(summary);
            return 0;
        });
        return command;
    }

    private static int Horizon(int value) => value is >= 1 and <= MaxHorizon
        ? value
        : throw new InputError($"--horizon must be between 1 and {MaxHorizon}, not {value}.");

    private static SeriesFrequency? Frequency(string? code) => code is null
        ? null
        : SeriesFrequency.FromCode(code) ?? throw new InputError($"--freq must be H (hourly), D (daily) or W (weekly), not '{code}'.");

    private static int? Season(int? value) => value is null or (>= 1 and <= MaxSeason)
        ? value
        : throw new InputError($"--season must be between 1 and {MaxSeason}, not {value}.");

    private static List<BatchCandidate> Candidates(string list)
    {
        var names = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(n => n.ToLowerInvariant()).Distinct().ToList();
        if (names.Count == 0)
        {
            throw new InputError($"--models needs at least one of {string.Join(", ", BatchModels.Names)}.");
        }

        return [.. names.Select(n => BatchModels.Find(n)
            ?? throw new InputError($"--models: unknown model '{n}'; the models are {string.Join(", ", BatchModels.Names)}."))];
    }
}
