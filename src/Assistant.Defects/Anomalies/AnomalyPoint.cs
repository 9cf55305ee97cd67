namespace Assistant.Defects.Anomalies;

/// <summary>
/// One scored reading. <paramref name="Score"/> is in [0, 1] (0 usual, 1 as unusual as it gets);
/// <paramref name="Expected"/> and the bounds are what the rows before it predicted, the bounds
/// being where the score reaches one half. Before there is enough history to predict from, the
/// score is 0 and the prediction may be NaN.
/// </summary>
public sealed record AnomalyPoint(DateTime Timestamp, double Value, double Score, AnomalyKind Kind, double Expected, double Lower, double Upper);
