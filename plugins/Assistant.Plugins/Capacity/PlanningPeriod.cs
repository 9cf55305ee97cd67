using Assistant.Core;
using Assistant.Core.History;
using Assistant.Core.Store;

namespace Assistant.Plugins.Capacity;

/// <summary>
/// The days a truck or labor plan covers: ahead of the history (planned on the forecast), or in it
/// (planned on what happened, so the plan can be set against what was done). Without dates, the
/// next 7 days.
/// </summary>
public sealed record PlanningPeriod(DateOnly Start, DateOnly End, bool Ahead, IReadOnlyList<string> Notes)
{
    public const int DefaultDays = 7;

    public const int MaxDays = 28;

    public int Days => End.DayNumber - Start.DayNumber + 1;

    public static async Task<PlanningPeriod> ResolveAsync(INetworkStore store, string? start, string? end, CancellationToken cancellationToken)
    {
        var window = await store.GetHistoryWindowAsync(cancellationToken)
            ?? throw new InputError("The store holds no history yet. Run `assistant data init` to load the demo network.");
        var from = HistoryRange.ParseDay(start, "start");
        var to = HistoryRange.ParseDay(end, "end");
        var ahead = (from ?? to ?? window.Last.AddDays(1)) > window.Last;
        PlanningPeriod period;
        if (ahead)
        {
            var first = from ?? window.Last.AddDays(1);
            var last = to ?? first.AddDays(DefaultDays - 1);
            period = new PlanningPeriod(first, last, true, []);
        }
        else
        {
            var range = HistoryRange.Resolve(start, end, window, DefaultDays);
            period = new PlanningPeriod(range.Start, range.End, false, range.Notes);
        }

        if (period.End < period.Start)
        {
            throw new InputError($"The end {Iso(period.End)} is before the start {Iso(period.Start)}.");
        }

        if (period.Days > MaxDays)
        {
            throw new InputError($"A plan covers at most {MaxDays} days; {Iso(period.Start)} to {Iso(period.End)} is {period.Days}.");
        }

        return period;
    }

    public static string Iso(DateOnly day) => HistoryRange.Iso(day);
}
