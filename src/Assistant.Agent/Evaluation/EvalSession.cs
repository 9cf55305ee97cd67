using System.Diagnostics;
using Assistant.Core;
using Assistant.Core.Store;

namespace Assistant.Agent.Evaluation;

/// <summary>
/// Runs suites on the assembled assistant. Suites are grouped by their <c>today</c>; each group
/// gets an assistant whose clock is stopped on that day and, unless a database is given, its own
/// temporary store filled with the demo network ending the day before, so that expected dates
/// and numbers hold whenever the suite runs. Every tool a suite names is checked against the
/// assistant's tools before any case runs.
/// </summary>
public static class EvalSession
{
    /// <param name="settings">Brain, prompts and limits; its database is used only when <paramref name="useDatabase"/> is set.</param>
    /// <exception cref="InputError">A suite names a tool the assistant does not have.</exception>
    public static async Task<EvalReport> RunAsync(
        IReadOnlyList<EvalSuite> suites, AssistantSettings settings, bool useDatabase, int repeat,
        Action<EvalProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(repeat, 1);
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var total = suites.Sum(s => s.Cases.Count);
        var results = new List<EvalCaseResult>();
        var brain = settings.Brain;
        var checkedTools = false;
        foreach (var group in suites.GroupBy(s => s.Today))
        {
            var folder = useDatabase ? null : Path.Combine(Path.GetTempPath(), "assistant-eval", Guid.NewGuid().ToString("N"));
            try
            {
                var groupSettings = settings;
                if (folder is not null)
                {
                    Directory.CreateDirectory(folder);
                    groupSettings = settings with { Database = Path.Combine(folder, "assistant.db") };
                }

                var storeTimer = Stopwatch.StartNew();
                var runtime = await AssistantRuntime.StartAsync(
                    groupSettings, group.Key is { } today ? new FixedDayClock(today) : null, cancellationToken: cancellationToken);
                progress?.Invoke(new EvalStoreReady(group.Key, groupSettings.Database, storeTimer.Elapsed.TotalSeconds));
                brain = runtime.Agent.BrainName;
                if (!checkedTools)
                {
                    CheckTools(suites, runtime.Plugins.SelectMany(p => p.Functions).Select(f => f.Name).ToHashSet(StringComparer.Ordinal));
                    checkedTools = true;
                }

                var runner = new EvalRunner(runtime.Agent);
                foreach (var suite in group)
                {
                    foreach (var evalCase in suite.Cases)
                    {
                        // A suite names its network by path; the tools take listed names only, so the file is registered first.
                        var network = evalCase.Network ?? suite.Network;
                        var listed = network is null ? null : runtime.NetworkFiles.Register(network);
                        var runs = await runner.RunRepeatedAsync(evalCase, listed, repeat, cancellationToken);
                        var result = new EvalCaseResult(suite.Name, suite.File, evalCase, runs);
                        results.Add(result);
                        progress?.Invoke(new EvalCaseFinished(results.Count, total, result));
                    }
                }
            }
            finally
            {
                if (folder is not null)
                {
                    SqliteDatabase.ReleasePooledConnections();
                    TryDelete(folder);
                }
            }
        }

        return new EvalReport(brain, started, clock.Elapsed.TotalSeconds, suites.Select(s => s.File).ToList(), results);
    }

    private static void CheckTools(IReadOnlyList<EvalSuite> suites, HashSet<string> known)
    {
        var problems = suites
            .SelectMany(s => s.Cases.SelectMany(c => c.Expect.Tools.Concat(c.Expect.Args.Keys).Distinct()
                .Where(t => !known.Contains(t))
                .Select(t => $"{s.File}: case '{c.Id}': expect: no tool is named '{t}'.")))
            .ToList();
        if (problems.Count > 0)
        {
            throw new InputError($"the evaluation suite is not valid, nothing was run ({problems.Count} problem{(problems.Count == 1 ? "" : "s")}):\n  "
                + string.Join("\n  ", problems) + $"\n  tools: {string.Join(", ", known.Order(StringComparer.Ordinal))}");
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS when a file is still held.
        }
    }
}
