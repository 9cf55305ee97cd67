namespace Assistant.Defects.Nab;

/// <summary>
/// A threshold and the raw score it earns; a row is a detection when its score ≥ the threshold.
/// <see cref="double.PositiveInfinity"/> means never firing was best.
/// </summary>
public sealed record NabThreshold(double Threshold, double RawScore);
