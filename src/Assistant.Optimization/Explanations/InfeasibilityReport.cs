namespace Assistant.Optimization.Explanations;

/// <summary>
/// What it takes to make an infeasible model feasible: the least total bending of its
/// constraints. <see cref="Explained"/> is false when no bending of the constraints allowed to
/// bend helps (the conflict is in variable bounds, integrality, or constraints kept hard), or when
/// the relaxation itself could not be solved; <see cref="Summary"/> then says so.
/// </summary>
public sealed record InfeasibilityReport(bool Explained, IReadOnlyList<ConstraintViolation> Violations, double TotalViolation, string Summary);
