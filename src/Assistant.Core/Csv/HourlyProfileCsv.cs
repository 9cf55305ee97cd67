using Assistant.Core.History;

namespace Assistant.Core.Csv;

/// <summary>
/// hourly_profile.csv: site,hour,share. A site's shares must add up to 1 (they split its day),
/// and an imported profile replaces the site's whole profile, so hours left out count as 0.
/// </summary>
internal static class HourlyProfileCsv
{
    public static readonly CsvLayout Layout = new("hourly_profile.csv", ["site", "hour", "share"], []);

    /// <summary>Rounding in a spreadsheet should pass; a missing hour should not.</summary>
    private const double SumTolerance = 0.01;

    public static IEnumerable<IReadOnlyList<string>> Rows(IReadOnlyDictionary<string, IReadOnlyList<HourShare>> profiles) =>
        profiles.OrderBy(p => p.Key, StringComparer.Ordinal)
            .SelectMany(p => p.Value.Select(h => new[] { p.Key, CsvValues.Format(h.Hour), CsvValues.Format(h.Share) }));

    public static Dictionary<string, IReadOnlyList<HourShare>> Read(CsvSheet sheet, KnownCodes sites, CsvProblems problems)
    {
        var keys = new DuplicateKeys();
        var profiles = new Dictionary<string, List<HourShare>>(StringComparer.OrdinalIgnoreCase);
        var firstRow = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var rejected = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in sheet.Records())
        {
            var site = row.Reference("site", sites);
            var hour = row.Int("hour", min: 0, max: 23);
            var share = row.Double("share", min: 0, max: 1);
            if (site.Length > 0 && !row.HasProblems)
            {
                keys.Claim(row, "hour", $"{site} {hour}", $"hour {hour} of {site}");
            }

            if (site.Length == 0)
            {
                continue;
            }

            firstRow.TryAdd(site, row.Row);
            if (row.HasProblems)
            {
                // Its sum would be off for a reason already reported.
                rejected.Add(site);
                continue;
            }

            if (!profiles.TryGetValue(site, out var shares))
            {
                profiles[site] = shares = [];
            }

            shares.Add(new HourShare(hour, share));
        }

        foreach (var (site, shares) in profiles)
        {
            var sum = shares.Sum(h => h.Share);
            if (!rejected.Contains(site) && Math.Abs(sum - 1) > SumTolerance)
            {
                problems.Add(sheet.FileName, firstRow[site], "share",
                    $"the shares of {site} (from this row on) add up to {sum:0.####}; they split its day, so they must add up to 1.");
            }
        }

        return profiles.ToDictionary(p => p.Key, p => (IReadOnlyList<HourShare>)p.Value.OrderBy(h => h.Hour).ToList(), StringComparer.Ordinal);
    }
}
