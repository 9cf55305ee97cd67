namespace Assistant.Defects.Anomalies;

/// <summary>
/// One alarm per event: a score that does not beat the highest of the last few rows' (before
/// silencing) by a margin is reported as 0, so a second alarm within the quiet rows needs a
/// clearly higher score than the first, whatever the threshold. An operator (like NAB) wants the
/// first sign of an event, not a hundred repeats of it. A short quiet with a margin beat a long
/// one without on NAB: an alarm just before an event otherwise silences the event itself.
/// </summary>
internal sealed class Quiet(int rows, double margin = 0)
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
        return score > recentHigh * (1 + margin) ? score : 0;
    }
}
