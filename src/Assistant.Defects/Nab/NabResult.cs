namespace Assistant.Defects.Nab;

/// <summary>
/// A detector's NAB result for one profile: the threshold used, the raw score summed over the
/// scored files, and the normalised score 100·(raw − null)/(perfect − null), where null is the
/// detector that never fires (−fnWeight per window) and perfect earns tpWeight per window.
/// </summary>
public sealed record NabResult(NabProfile Profile, double Threshold, double RawScore, int WindowCount, double NormalisedScore);
