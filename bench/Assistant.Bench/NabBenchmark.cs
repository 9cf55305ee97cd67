using System.Diagnostics;
using Assistant.Defects.Nab;

namespace Assistant.Bench;

/// <summary>
/// <c>nab [--detector name[,name...]]</c>: runs each detector over all 58 NAB files, tunes one
/// threshold per profile on the whole corpus (NAB's rule) and prints the normalised scores, then
/// the leave-one-category-out scores (threshold tuned on six categories, scored on the seventh),
/// then the published leaderboard with our rows placed in it. Default: null and gaussian.
/// </summary>
public static class NabBenchmark
{
    public static int Run(IReadOnlyList<string> args)
    {
        var names = new List<string> { "null", "gaussian" };
        var detail = false;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] is "--detector" or "-d" && i + 1 < args.Count)
            {
                names = [.. args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
            }
            else if (args[i] == "--detail")
            {
                detail = true;
            }
            else
            {
                Console.Error.WriteLine($"Unknown argument '{args[i]}'. Usage: nab [--detector {string.Join("|", NabDetectors.Names)}[,...]]");
                return 2;
            }
        }

        var folder = NabFolder.TryFind(out var why);
        if (folder is null)
        {
            Console.Error.WriteLine(why);
            return 2;
        }

        var detectors = new List<(string Name, Func<NabSeries, IReadOnlyList<double>> Run)>();
        foreach (var name in names)
        {
            if (NabDetectors.Find(name, folder, out var problem) is not { } detector)
            {
                Console.Error.WriteLine(problem);
                return 2;
            }

            detectors.Add((name, detector));
        }

        var corpus = NabCorpus.Load(folder);
        Console.WriteLine($"NAB benchmark: {M4Report.Machine()}");
        Console.WriteLine($"{corpus.Series.Count} files, {corpus.Categories.Count} categories, {corpus.WindowCount} windows, " +
            $"{corpus.Series.Sum(s => s.Points.Count):N0} rows; thresholds tuned exactly over every distinct score.");
        Console.WriteLine();
        Console.WriteLine("| detector | standard | reward low FP | reward low FN | LOCO standard | LOCO low FP | LOCO low FN | raw (std / FP / FN) | thresholds (std / FP / FN) | detector s | scoring s |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | ---: | ---: |");
        var ours = new List<(string Name, double[] Scores)>();
        foreach (var (name, run) in detectors)
        {
            var started = Stopwatch.GetTimestamp();
            var detections = corpus.Series.AsParallel().AsOrdered().Select(s => new NabDetection(s, run(s))).ToList();
            var detectorSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            started = Stopwatch.GetTimestamp();
            var results = NabProfile.All.Select(p => new NabScorer(p).Evaluate(detections)).ToList();
            var crossValidated = NabProfile.All.Select(p => NabCrossValidation.LeaveOneCategoryOut(new NabScorer(p), detections)).ToList();
            var scoringSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            Console.WriteLine($"| {name} | {string.Join(" | ", results.Select(r => M4Report.Number(r.NormalisedScore, 2)))} | " +
                $"{string.Join(" | ", crossValidated.Select(r => M4Report.Number(r.NormalisedScore, 2)))} | " +
                $"{string.Join(" / ", results.Select(r => M4Report.Number(r.RawScore, 4)))} | {string.Join(" / ", results.Select(r => Threshold(r.Threshold)))} | {M4Report.Number(detectorSeconds, 2)} | {M4Report.Number(scoringSeconds, 2)} |");
            if (detail)
            {
                PrintDetail(new NabScorer(NabProfile.All[0]), detections, results[0].Threshold);
            }

            ours.Add((name, [.. results.Select(r => r.NormalisedScore), crossValidated[0].NormalisedScore]));
        }

        Console.WriteLine();
        Console.WriteLine("Published leaderboard (NAB v1.1, thresholds tuned on the scored corpus) with this run's rows:");
        Console.WriteLine();
        Console.WriteLine("| detector | standard | reward low FP | reward low FN | LOCO standard |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        var rows = NabPublishedResults.Leaderboard
            .Select(p => (Name: p.Detector + " (published)", Scores: new[] { p.Standard, p.LowFalsePositives, p.LowFalseNegatives, double.NaN }))
            .Concat(ours.Select(o => (Name: $"**{o.Name} (this run)**", o.Scores)))
            .OrderByDescending(r => r.Scores[0]);
        foreach (var (name, scores) in rows)
        {
            Console.WriteLine($"| {name} | {string.Join(" | ", scores.Select(s => M4Report.Number(s, 1)))} |");
        }

        return 0;
    }

    /// <summary>Per file at the standard profile's tuned threshold: where the points are won and lost.</summary>
    private static void PrintDetail(NabScorer scorer, IReadOnlyList<NabDetection> detections, double threshold)
    {
        foreach (var detection in detections)
        {
            var file = scorer.ScoreFile(detection, threshold);
            Console.WriteLine($"  {file.Key,-60} raw {file.RawScore,8:F3} found {file.DetectedWindows}/{file.DetectedWindows + file.MissedWindows} fp {file.FalsePositives}");
        }
    }

    private static string Threshold(double threshold) =>
        double.IsPositiveInfinity(threshold) ? "never" : M4Report.Number(threshold, 6);
}
