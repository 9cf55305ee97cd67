using System.Diagnostics;
using System.Globalization;
using Assistant.Agent;
using Assistant.Core.Network;

namespace Assistant.Bench;

/// <summary>
/// In-process latency of offline answers to history questions: the whole agent turn (read the
/// question, call the tool against the SQLite store, write the answer), and the same through the
/// chat service, which also saves the conversation. 200 questions over every site and a mix of
/// date phrases, after 20 warm-up questions.
/// </summary>
public static class OfflineLatency
{
    private static readonly string[] Shapes =
    [
        "What was the volume at {0} last week?",
        "How many packages did {0} handle yesterday?",
        "volume at {0} over the last 30 days",
        "{0} volume in October",
        "How busy was {0} on Black Friday?",
    ];

    public static async Task<int> RunAsync(int questions)
    {
        var folder = Path.Combine(Path.GetTempPath(), "assistant-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var runtime = await AssistantRuntime.StartAsync(new AssistantSettings { Database = Path.Combine(folder, "bench.db") });
        var sites = (await runtime.Store.GetCatalogAsync()).Sites.Select(s => s.Code).ToList();
        var asked = Enumerable.Range(0, questions).Select(i => string.Format(CultureInfo.InvariantCulture, Shapes[i % Shapes.Length], sites[i * 7 % sites.Count])).ToList();

        foreach (var warm in asked.Take(20))
        {
            await runtime.Agent.AskAsync([], warm);
        }

        var agent = new List<double>();
        var tools = 0;
        foreach (var question in asked)
        {
            var started = Stopwatch.GetTimestamp();
            var answer = await runtime.Agent.AskAsync([], question);
            agent.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            tools += answer.ToolCalls.Count(c => c.Outcome == Agent.Loop.ToolCallOutcome.Ok);
        }

        var chat = new List<double>();
        foreach (var question in asked)
        {
            var started = Stopwatch.GetTimestamp();
            await runtime.Chat.AskAsync(null, question);
            chat.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        Console.WriteLine($"offline-latency: {questions} history questions, {tools} successful tool calls, {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd}");
        Console.WriteLine($"| agent turn (brain + tool + answer) | {Percentiles.Of(agent, 50):0.00} ms | {Percentiles.Of(agent, 95):0.00} ms | {agent.Max():0.00} ms |");
        Console.WriteLine($"| chat turn (+ conversation saved)   | {Percentiles.Of(chat, 50):0.00} ms | {Percentiles.Of(chat, 95):0.00} ms | {chat.Max():0.00} ms |");
        Core.Store.SqliteDatabase.ReleasePooledConnections();
        Directory.Delete(folder, recursive: true);
        return tools == questions ? 0 : 1;
    }
}
