namespace Assistant.Defects.Anomalies;

/// <summary>
/// One alarm per event: a score no higher than one of the last few rows' (before silencing) is
/// reported as 0, so a second alarm within the quiet rows needs a higher score than the first,
/// whatever the threshold. An operator (like NAB) wants the first sign of an event, not a hundred
/// repeats of it.
/// </summary>
internal sealed class Quiet(int rows)
{
    private readonly RunningMax _recent = new(Math.Max(1, rows));

    public double Report(double score)
    {
        if (rows <= 0)
        {
            return score;
        }

        var recentHigh = _recent.Count > 0 ? _recent.Max : 0;
        _recent.Add(score);
        return score > recentHigh ? score : 0;
    }
}
