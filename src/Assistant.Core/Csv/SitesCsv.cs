using Assistant.Core.Network;

namespace Assistant.Core.Csv;

/// <summary>sites.csv: code,name,kind,region,city,state,latitude,longitude, with kind FC, SC or DS.</summary>
internal static class SitesCsv
{
    public static readonly CsvLayout Layout = new("sites.csv",
        ["code", "name", "kind", "region", "city", "state", "latitude", "longitude"], []);

    public static IEnumerable<IReadOnlyList<string>> Rows(IEnumerable<Site> sites) =>
        sites.Select(s => new[]
        {
            s.Code, s.Name, s.Kind.Code(), s.RegionCode, s.City, s.State,
            CsvValues.Format(s.Latitude), CsvValues.Format(s.Longitude),
        });

    /// <summary>
    /// Reads the sites. A region that neither regions.csv nor the store knows is created with its
    /// code as its name (and listed in <paramref name="createdRegions"/>): naming the region is
    /// all a site needs, and refusing a whole sites file over it would only make busywork.
    /// </summary>
    public static List<Site> Read(CsvSheet sheet, KnownCodes sites, KnownCodes regions, List<Region> createdRegions)
    {
        var keys = new DuplicateKeys();
        var result = new List<Site>();
        foreach (var row in sheet.Records())
        {
            var code = SiteCode(row);
            var name = row.Text("name");
            var kind = Kind(row);
            var region = RegionCode(row, regions, createdRegions);
            var city = row.OptionalText("city");
            var state = row.OptionalText("state");
            var latitude = row.Double("latitude", -90, 90);
            var longitude = row.Double("longitude", -180, 180);
            if (code.Length > 0 && keys.Claim(row, "code", code, $"site {code}"))
            {
                code = sites.Canonical(code);
                sites.Add(code);
            }

            if (!row.HasProblems)
            {
                result.Add(new Site(code, name, kind, region, city, state, latitude, longitude));
            }
        }

        return result;
    }

    /// <summary>Lane ids join two site codes with '-', so a code holding one (or a space) would make lane ids ambiguous.</summary>
    private static string SiteCode(CsvRecord row)
    {
        var code = row.Text("code");
        if (code.Any(c => c == '-' || char.IsWhiteSpace(c)))
        {
            row.Problem("code", $"\"{code}\" cannot be a site code: lane ids are ORIGIN-DESTINATION, so a code must not contain '-' or spaces.");
        }

        return code;
    }

    private static SiteKind Kind(CsvRecord row)
    {
        var text = row.Text("kind");
        if (text.Length == 0)
        {
            return default;
        }

        if (!SiteKinds.TryParse(text, out var kind))
        {
            row.Problem("kind", $"\"{text}\" is not a kind of site; use FC (fulfillment center), SC (sort center) or DS (delivery station).");
        }

        return kind;
    }

    private static string RegionCode(CsvRecord row, KnownCodes regions, List<Region> createdRegions)
    {
        var text = row.Text("region");
        if (text.Length == 0)
        {
            return "";
        }

        if (regions.Find(text) is { } known)
        {
            return known;
        }

        if (!regions.Complete)
        {
            // regions.csv could not be read; the import fails on that already.
            return text;
        }

        regions.Add(text);
        createdRegions.Add(new Region(text, text));
        return text;
    }
}
