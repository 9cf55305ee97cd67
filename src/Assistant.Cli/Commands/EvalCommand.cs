using System.CommandLine;
using System.Globalization;
using Assistant.Agent.Evaluation;
using Assistant.Core;

namespace Assistant.Cli.Commands;

/// <summary>
/// `assistant eval evals/`: runs YAML suites through the assistant and reports per case and
/// overall. Exit 0 when pass^k reaches --min-pass, 1 below it, 2 for a bad suite or option
/// (nothing is run then).
/// </summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("suites") { Description = "A suite file (.yaml) or a folder of them." };
        var repeat = new Option<int>("--repeat") { Description = "Runs per case; pass^k counts a case only when all k runs pass.", DefaultValueFactory = _ => 1 };
        var report = new Option<string[]>("--report") { Description = "Write the report to this file: .md, .json or .xml (JUnit). May be given more than once." };
        var minPass = new Option<double?>("--min-pass") { Description = "Exit 1 when the share of cases passing (pass^k) is below this, e.g. 0.95." };
        var command = new Command("eval", "Run evaluation suites (YAML) and report accuracy, groundedness, latency and tokens.") { path, repeat, report, minPass };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var runs = parse.GetValue(repeat);
            var floor = parse.GetValue(minPass);
            var reports = parse.GetValue(report) ?? [];
            if (runs < 1)
            {
                throw new InputError($"--repeat {runs}: a case runs at least once.");
            }

            if (floor is < 0 or > 1)
            {
                throw new InputError($"--min-pass {floor}: give a share between 0 and 1, e.g. 0.95.");
            }

            foreach (var file in reports)
            {
                EvalReportFiles.CheckPath(file);
            }

            var suites = EvalSuiteReader.Read(parse.GetValue(path)!);
            var settings = CliSettings.Resolve(parse.GetValue(GlobalOptions.Database), parse.GetValue(GlobalOptions.Brain));
            Console.Error.WriteLine($"eval: {suites.Sum(s => s.Cases.Count)} cases in {suites.Count} suites, {runs} run{(runs == 1 ? "" : "s")} each");
            var result = await EvalSession.RunAsync(suites, settings, useDatabase: parse.GetValue(GlobalOptions.Database) is not null, runs, Progress, cancellationToken);

            foreach (var file in reports)
            {
                EvalReportFiles.Write(result, file);
                Console.Error.WriteLine($"eval: wrote {file}");
            }

            PrintSummary(result);
            var metrics = result.Metrics;
            if (floor is { } f && metrics.PassPowK < f)
            {
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"FAILED: {metrics.PassPowK:P1} of cases passed, below --min-pass {f:P1}."));
                return 1;
            }

            return 0;
        });
        return command;
    }

    private static void Progress(EvalProgress progress)
    {
        switch (progress)
        {
            case EvalStoreReady ready:
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"eval: store ready for today = {(ready.Today?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "the real today")} ({ready.Seconds:0.0} s)"));
                break;
            case EvalCaseFinished finished:
                var result = finished.Result;
                var ms = result.Runs.Average(r => r.ElapsedMs);
                var line = string.Create(CultureInfo.InvariantCulture,
                    $"[{finished.Done}/{finished.Total}] {(result.Passed ? "pass" : "FAIL")} {result.Case.Id} ({ms:0} ms)");
                Console.Error.WriteLine(result.Passed ? line : $"{line}: {result.FailureReason}");
                break;
        }
    }

    private static void PrintSummary(EvalReport report)
    {
        var rows = EvalMarkdownReport.Summary(report);
        var width = rows.Max(r => r.Name.Length);
        Console.Out.WriteLine();
        foreach (var suite in report.BySuite)
        {
            var cases = suite.ToList();
            Console.Out.WriteLine($"{suite.Key.PadRight(width)}  {cases.Count(c => c.Passed)}/{cases.Count} passed");
        }

        Console.Out.WriteLine(new string('-', width + 30));
        foreach (var (name, value) in rows)
        {
            Console.Out.WriteLine($"{name.PadRight(width)}  {value}");
        }

        foreach (var failed in report.Cases.Where(c => !c.Passed))
        {
            Console.Out.WriteLine($"FAIL {failed.Case.Id}: {failed.FailureReason}");
        }
    }
}
