using Assistant.Agent.Loop;

namespace Assistant.Agent.Evaluation;

/// <summary>One question of a case's conversation and the agent's whole answer to it.</summary>
public sealed record EvalTurn(string Question, AgentAnswer Answer);
