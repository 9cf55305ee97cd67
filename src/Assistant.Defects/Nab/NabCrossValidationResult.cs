namespace Assistant.Defects.Nab;

/// <summary>Leave-one-category-out: the folds, their summed raw score and its normalisation.</summary>
public sealed record NabCrossValidationResult(NabProfile Profile, IReadOnlyList<NabFold> Folds, double RawScore, double NormalisedScore);
