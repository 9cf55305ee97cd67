namespace Assistant.Defects.Anomalies;

/// <summary>
/// The largest of the last few values, in constant amortised time per value: a queue of
/// candidates, each larger than every later one, so the front is the window's maximum.
/// </summary>
internal sealed class RunningMax(int window)
{
    private readonly LinkedList<(long At, double Value)> _candidates = new();
    private long _count;

    /// <summary>How many values have been added (all time).</summary>
    public long Count => _count;

    /// <summary>The maximum of the last <c>window</c> values; 0 before any.</summary>
    public double Max => _candidates.First?.Value.Value ?? 0;

    public void Add(double value)
    {
        while (_candidates.Last is { } last && last.Value.Value <= value)
        {
            _candidates.RemoveLast();
        }

        _candidates.AddLast((_count, value));
        _count++;
        while (_candidates.First!.Value.At <= _count - 1 - window)
        {
            _candidates.RemoveFirst();
        }
    }
}
