using Assistant.Forecasting.Batch;

namespace Assistant.Cli.Forecasting;

/// <summary>
/// The frequency of a file without --freq: the most common spacing between consecutive
/// timestamps over all its series, which must be an hour, a day or a week. The most common
/// rather than the smallest, so that a few gaps or duplicates are reported as such by the check
/// that follows instead of making the whole file look like another frequency.
/// </summary>
public static class FrequencyInference
{
    public static (SeriesFrequency Frequency, TimeSpan Spacing) Infer(string file, IEnumerable<SeriesRows> series)
    {
        var counts = new Dictionary<long, int>();
        foreach (var spacing in series.SelectMany(s => s.Spacings()).Where(s => s > 0))
        {
            counts[spacing] = counts.GetValueOrDefault(spacing) + 1;
        }

        if (counts.Count == 0)
        {
            throw InputErrors.At(file, null, LongCsvReader.TimeColumn,
                "no series has two different timestamps, so the frequency cannot be inferred; pass --freq H, D or W.");
        }

        // Ties go to the shorter spacing: a file half hourly, half daily is more likely hourly with gaps.
        var common = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key).First().Key;
        var step = TimeSpan.FromTicks(common);
        return SeriesFrequency.FromStep(step) is { } frequency
            ? (frequency, step)
            : throw InputErrors.At(file, null, LongCsvReader.TimeColumn,
                $"the most common spacing between timestamps is {SeriesRows.Describe(step)}, which is not hourly, daily or weekly; pass --freq H, D or W if the data is one of those.");
    }
}
