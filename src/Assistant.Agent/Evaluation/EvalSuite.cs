namespace Assistant.Agent.Evaluation;

/// <summary>
/// One YAML suite: cases asked of the assistant with what each answer must show.
/// </summary>
/// <param name="File">The suite file, as given, so that a report names where each case lives.</param>
/// <param name="Today">The day the questions are asked on; fixes "yesterday", "last week" and the demo's last day so that dated expectations hold on any day.</param>
/// <param name="Network">A network file (absolute path) the cases run against instead of the store's network.</param>
public sealed record EvalSuite(string Name, string File, DateOnly? Today, string? Network, IReadOnlyList<EvalCase> Cases);
