namespace Assistant.Defects.ChangePoints;

/// <summary>
/// The online detector's belief at one row, from that row and the ones before it only: the
/// probability that the series changed within the last few rows, and the most likely number of
/// rows since the last change (the current stretch's length, this row included).
/// </summary>
public sealed record ChangeProbability(DateTime Timestamp, double Probability, int RunLength);
