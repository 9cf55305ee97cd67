using Assistant.Optimization.Explanations;
using Assistant.Optimization.Network;

namespace Assistant.Optimization.WhatIfs;

/// <summary>
/// A what-if answered: the edits in words, both plans, the cost change (null when either plan has
/// none), the lanes whose total flow changed most, the scenario's binding capacities or conflict, and
/// one plain sentence.
/// </summary>
/// <param name="CostChangePercent">Change over the baseline cost, in percent; null when the baseline costs 0 or either plan has no cost.</param>
/// <param name="LargestChanges">Up to five lanes, by |after − before| of the lane's total over all classes
/// (Class null), largest first; lanes closed by an edit count as 0 after. Empty when either plan has no flows.</param>
/// <param name="ScenarioNetwork">The network after the edits, e.g. to save or to edit further.</param>
public sealed record WhatIfResult(
    IReadOnlyList<string> Edits,
    FlowPlan Baseline,
    FlowPlan Scenario,
    double? CostChange,
    double? CostChangePercent,
    IReadOnlyList<FlowChange> LargestChanges,
    IReadOnlyList<BindingConstraint> Binding,
    InfeasibilityReport? Conflict,
    string Summary,
    FlowNetwork ScenarioNetwork);
