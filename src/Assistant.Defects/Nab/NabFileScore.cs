namespace Assistant.Defects.Nab;

/// <summary>
/// One series scored at one threshold. <see cref="RowScores"/> are NAB's per-row S(t) columns: a
/// window's score (its earliest detection's reward, or −fnWeight if missed) sits on the window's
/// first row, and each false positive's penalty on its own row; they sum to <see cref="RawScore"/>.
/// </summary>
public sealed record NabFileScore(
    string Key,
    double Threshold,
    double RawScore,
    int DetectedWindows,
    int MissedWindows,
    int FalsePositives,
    IReadOnlyList<double> RowScores);
