using System.CommandLine;
using Assistant.Cli.Detecting;
using Assistant.Core;
using Assistant.Defects.Anomalies;

namespace Assistant.Cli.Commands;

/// <summary>
/// `assistant detect --input F [--changepoints] [--threshold 0.5] --out F`: scores every reading of
/// a long CSV file for how unusual it is (each judged only on the readings before it), or with
/// --changepoints finds where each series moved to a new level, and writes the result as a long
/// CSV. Nothing is written unless the whole run succeeds.
/// </summary>
public static class DetectCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input")
        {
            Description = "Long CSV with a header: series_id,timestamp,value, one row per reading, series in any order but each in time order. "
                + "Timestamps are ISO 8601 dates or date-times; an empty value, NA or NaN is a missing reading. Further columns are ignored.",
            Required = true,
        };
        var changePoints = new Option<bool>("--changepoints")
        {
            Description = "Find level changes (offline segmentation) and write series_id,timestamp,before,after instead of scores.",
        };
        var threshold = new Option<double>("--threshold")
        {
            Description = "Score (0-1) from which a reading is flagged in the output.",
            DefaultValueFactory = _ => 0.5,
        };
        var season = new Option<int?>("--season")
        {
            Description = $"Readings per seasonal cycle, learnt by the scores and removed before finding change points (1 for none; default: 7 for daily data, a day's worth for hourly or finer, none otherwise; at most {AnomalyOptions.MaxSeason}).",
        };
        var output = new Option<string>("--out")
        {
            Description = "The CSV to write: series_id,timestamp,value,score,flag (or the change points); replaced only when the run succeeds.",
            Required = true,
        };
        var command = new Command("detect",
            "Score every reading of a long CSV file for anomalies (spikes, dips, level shifts, trend changes), or find its change points. "
            + "A summary on stdout.")
        {
            input, changePoints, threshold, season, output,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var request = new DetectRequest(
                parse.GetValue(input)!,
                parse.GetValue(output)!,
                parse.GetValue(changePoints),
                Threshold(parse.GetValue(threshold)),
                Season(parse.GetValue(season)));
            var summary = await Task.Run(() => new DetectJob(Console.Error).Run(request, cancellationToken), cancellationToken);
            Console.Out.WriteLine(summary);
            return 0;
        });
        return command;
    }

    private static double Threshold(double value) => value is >= 0 and <= 1
        ? value
        : throw new InputError($"--threshold must be between 0 and 1, not {value}.");

    private static int? Season(int? value) => value is null or (>= 1 and <= AnomalyOptions.MaxSeason)
        ? value
        : throw new InputError($"--season must be between 1 and {AnomalyOptions.MaxSeason}, not {value}.");
}
