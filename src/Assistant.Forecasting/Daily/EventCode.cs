namespace Assistant.Forecasting.Daily;

/// <summary>
/// A stable integer for each <see cref="DayEvent"/> name, so that trees can split on the event.
/// The codes come from a fixed list, not from the order events happen to be met, so the same event
/// has the same code in every training set; related days sit next to each other (Black Friday and
/// the days after it, December 1 to 31), which lets one split take a run of them.
/// </summary>
public static class EventCode
{
    /// <summary>The code of a day that is no event.</summary>
    public const int None = 0;

    /// <summary>
    /// The code of an event name missing from the list (should <see cref="DayEvent"/> learn a new
    /// one): still marked as an event, just not told apart from other new ones.
    /// </summary>
    public const int Unknown = 999;

    private static readonly Dictionary<string, int> Codes = Build();

    public static int Of(string? name) => name is null ? None : Codes.GetValueOrDefault(name, Unknown);

    private static Dictionary<string, int> Build()
    {
        var names = new List<string> { "New Year's Day", "Memorial Day", "Independence Day", "Labor Day" };
        names.AddRange(["Prime Day", "Prime Day +1", "Prime Day +2", "Prime Day +3", "Prime Day +4"]);
        names.AddRange(["Thanksgiving", "Black Friday", "Black Friday +1", "Black Friday +2", "Cyber Monday"]);
        names.AddRange(["Black Friday +4", "Black Friday +5", "Black Friday +6", "Black Friday +7"]);
        names.AddRange(Enumerable.Range(1, 31).Select(d => $"December {d}"));
        names.Add("Christmas Day");
        return names.Select((name, i) => (name, code: i + 1)).ToDictionary(x => x.name, x => x.code, StringComparer.Ordinal);
    }
}
