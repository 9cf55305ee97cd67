using Assistant.Core.Network;

namespace Assistant.Core.Csv;

/// <summary>regions.csv: code,name.</summary>
internal static class RegionsCsv
{
    public static readonly CsvLayout Layout = new("regions.csv", ["code", "name"], []);

    public static IEnumerable<IReadOnlyList<string>> Rows(IEnumerable<Region> regions) =>
        regions.Select(r => new[] { r.Code, r.Name });

    public static List<Region> Read(CsvSheet sheet, KnownCodes regions)
    {
        var keys = new DuplicateKeys();
        var result = new List<Region>();
        foreach (var row in sheet.Records())
        {
            var code = row.Text("code");
            var name = row.Text("name");
            if (code.Length > 0 && keys.Claim(row, "code", code, $"region {code}"))
            {
                code = regions.Canonical(code);
                regions.Add(code);
            }

            if (!row.HasProblems)
            {
                result.Add(new Region(code, name));
            }
        }

        return result;
    }
}
