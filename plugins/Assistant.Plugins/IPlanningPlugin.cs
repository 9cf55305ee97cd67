using Assistant.Plugins.Questions;
using Microsoft.Extensions.AI;

namespace Assistant.Plugins;

/// <summary>
/// A plugin offers functions (what any brain or agent may call) and the questions it
/// understands (what the offline brain learns from it). Adding a capability to the assistant
/// is adding one of these to the service collection: nothing central changes.
/// </summary>
public interface IPlanningPlugin
{
    string Name { get; }

    IReadOnlyList<AIFunction> Functions { get; }

    IReadOnlyList<QuestionIntent> Intents { get; }
}
