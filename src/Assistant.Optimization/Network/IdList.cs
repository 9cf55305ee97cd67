namespace Assistant.Optimization.Network;

/// <summary>Lists of ids for messages: short enough to read, long enough to spot the one meant.</summary>
internal static class IdList
{
    private const int Shown = 8;

    /// <summary>"FC1, SC1, DS1" or, for long lists, "FC1, FC2, … (40 in all)".</summary>
    public static string FirstFew(IEnumerable<string> ids)
    {
        var all = ids.ToList();
        return all.Count switch
        {
            0 => "none",
            <= Shown => string.Join(", ", all),
            _ => $"{string.Join(", ", all.Take(Shown))}, … ({all.Count} in all)",
        };
    }
}
