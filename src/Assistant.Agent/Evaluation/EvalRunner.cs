using Assistant.Agent.Loop;
using Microsoft.Extensions.AI;

namespace Assistant.Agent.Evaluation;

/// <summary>
/// Runs cases through the agent loop: each run is a fresh conversation whose earlier turns
/// are the history of the next, as in the chat, and is then checked. A fault while answering
/// fails that run with the fault's message instead of stopping the suite.
/// </summary>
public sealed class EvalRunner(PlanningAgent agent)
{
    public async Task<EvalRun> RunAsync(EvalCase evalCase, string? network, int attempt, CancellationToken cancellationToken = default)
    {
        var history = new List<ChatMessage>();
        var turns = new List<EvalTurn>();
        try
        {
            foreach (var question in evalCase.Turns)
            {
                var answer = await agent.AskAsync(history, question, cancellationToken, network);
                turns.Add(new EvalTurn(question, answer));
                history.Add(new ChatMessage(ChatRole.User, question));
                history.Add(new ChatMessage(ChatRole.Assistant, answer.Text));
            }
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new EvalRun(attempt, turns, [], $"turn {turns.Count + 1} failed: {error.GetType().Name}: {error.Message}");
        }

        return new EvalRun(attempt, turns, EvalChecks.Run(evalCase.Expect, turns));
    }

    /// <summary>Runs a case <paramref name="repeat"/> times, each in its own conversation.</summary>
    public async Task<IReadOnlyList<EvalRun>> RunRepeatedAsync(EvalCase evalCase, string? network, int repeat, CancellationToken cancellationToken = default)
    {
        var runs = new List<EvalRun>(repeat);
        for (var attempt = 1; attempt <= repeat; attempt++)
        {
            runs.Add(await RunAsync(evalCase, network, attempt, cancellationToken));
        }

        return runs;
    }
}
