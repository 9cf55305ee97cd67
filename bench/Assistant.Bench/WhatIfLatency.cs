using System.Diagnostics;
using System.Globalization;
using Assistant.Agent;
using Assistant.Agent.Loop;
using Assistant.Core.Network;

namespace Assistant.Bench;

/// <summary>
/// End-to-end latency of what-if questions through the offline brain, the way the CLI and the web
/// app answer them: ChatService (conversation saved) over the agent loop, the capacity plugin and
/// CBC. Two networks: the demo network in the store (46 sites) and the network file
/// three-region.json. The first question on each is timed alone, since it pays for start-up
/// (JIT, loading CBC, reading and planning the baseline); the rest give p50 and p95.
/// Goal (issue): a what-if answered in under 1 s at p50.
/// </summary>
public static class WhatIfLatency
{
    // {0} a destination, {1} a hub, {2} a percentage: a handful of phrasings the offline brain reads.
    private static readonly string[] Shapes =
    [
        "What if demand at {0} grows {2}%?",
        "What if {0} demand drops {2}%?",
        "What if {1} closes?",
        "What if {1} can only handle half as much?",
        "What if network demand grows {2}%?",
        "What if we add {2}% capacity at {1}?",
    ];

    private static readonly int[] Percentages = [5, 10, 15, 20, 25, 30, 40];

    public static async Task<int> RunAsync(int questions)
    {
        var folder = Path.Combine(Path.GetTempPath(), "assistant-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var started = Stopwatch.GetTimestamp();
        var runtime = await AssistantRuntime.StartAsync(new AssistantSettings { Database = Path.Combine(folder, "bench.db") });
        var startup = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var catalog = await runtime.Store.GetCatalogAsync();
        var storeQuestions = Questions(questions,
            catalog.Sites.Where(s => s.Kind == SiteKind.DeliveryStation).Select(s => s.Code).ToList(),
            catalog.Sites.Where(s => s.Kind == SiteKind.SortCenter).Select(s => s.Code).ToList());
        var fileQuestions = Questions(questions, ["DS1", "DS2", "DS3", "DS4", "DS5", "DS6"], ["SC1", "SC2", "SC3"]);

        Console.WriteLine($"whatif-latency: {questions} questions a network, {Shapes.Length} phrasings, {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd}; runtime started (store filled) in {startup:0} ms");
        Console.WriteLine("| network | questions | answered | first question | p50 | p95 | max | what_if tool p50 |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        var store = await MeasureAsync(runtime, "demo store (46 sites)", storeQuestions, network: null);
        var file = await MeasureAsync(runtime, "three-region.json", fileQuestions, network: "three-region.json");

        Core.Store.SqliteDatabase.ReleasePooledConnections();
        Directory.Delete(folder, recursive: true);
        return store && file ? 0 : 1;
    }

    private static List<string> Questions(int count, IReadOnlyList<string> destinations, IReadOnlyList<string> hubs) =>
        Enumerable.Range(0, count)
            .Select(i => string.Format(CultureInfo.InvariantCulture, Shapes[i % Shapes.Length],
                destinations[i * 5 % destinations.Count], hubs[i * 7 % hubs.Count], Percentages[i * 3 % Percentages.Length]))
            .ToList();

    /// <returns>Whether every question was answered by a successful what_if call.</returns>
    private static async Task<bool> MeasureAsync(AssistantRuntime runtime, string label, List<string> questions, string? network)
    {
        var total = new List<double>();
        var tool = new List<double>();
        var answered = 0;
        foreach (var question in questions)
        {
            var started = Stopwatch.GetTimestamp();
            var reply = await runtime.Chat.AskAsync(null, question, network: network);
            total.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            var whatIf = reply.Answer.ToolCalls.Where(c => c.Tool == "what_if" && c.Outcome == ToolCallOutcome.Ok).ToList();
            if (whatIf.Count > 0)
            {
                answered++;
                tool.Add(whatIf.Sum(c => c.DurationMs));
            }
            else
            {
                Console.Error.WriteLine($"not answered by what_if: {question} -> {string.Join(", ", reply.Answer.ToolCalls.Select(c => $"{c.Tool} {c.Outcome}"))}");
            }
        }

        var rest = total.Skip(1).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {label} | {questions.Count} | {answered} | {total[0]:0} ms | {Percentiles.Of(rest, 50):0} ms | {Percentiles.Of(rest, 95):0} ms | {rest.Max():0} ms | {(tool.Count > 0 ? Percentiles.Of(tool, 50) : double.NaN):0} ms |"));
        return answered == questions.Count;
    }
}
