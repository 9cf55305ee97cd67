namespace Assistant.Defects.Anomalies;

/// <summary>
/// What a baseline made of one row: the residual against its prediction, the robust z (NaN
/// until the usual spread is known), the CUSUM after the row (before any reset) and the change
/// it declared, if the row completed one.
/// </summary>
internal readonly record struct BaselineReading(double Residual, double Z, double Cusum, AnomalyKind Change);
