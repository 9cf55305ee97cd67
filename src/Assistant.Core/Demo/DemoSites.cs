using Assistant.Core.Network;

namespace Assistant.Core.Demo;

/// <summary>
/// The demo network's buildings: 3 regions, 6 fulfillment centers, 10 sort centers and 30
/// delivery stations, coded like real sites (airport code + number) and placed in real cities so
/// that lane distances, transit times and costs come out plausible.
/// </summary>
internal static class DemoSites
{
    public static readonly IReadOnlyList<Region> Regions =
    [
        new("WEST", "West"),
        new("CENTRAL", "Central"),
        new("EAST", "East"),
    ];

    public static readonly IReadOnlyList<Site> All =
    [
        Fc("ONT8", "Ontario", "CA", 34.06, -117.65, "WEST"),
        Fc("PHX6", "Phoenix", "AZ", 33.45, -112.07, "WEST"),
        Fc("DFW7", "Dallas", "TX", 32.78, -96.80, "CENTRAL"),
        Fc("MCI1", "Kansas City", "MO", 39.10, -94.58, "CENTRAL"),
        Fc("EWR4", "Newark", "NJ", 40.74, -74.17, "EAST"),
        Fc("ATL6", "Atlanta", "GA", 33.75, -84.39, "EAST"),

        Sc("SEA4", "Seattle", "WA", 47.61, -122.33, "WEST"),
        Sc("PDX2", "Portland", "OR", 45.52, -122.68, "WEST"),
        Sc("BFI3", "Kent", "WA", 47.38, -122.23, "WEST"),
        Sc("OAK5", "Oakland", "CA", 37.80, -122.27, "WEST"),
        Sc("ORD2", "Chicago", "IL", 41.88, -87.63, "CENTRAL"),
        Sc("MSP5", "Minneapolis", "MN", 44.98, -93.27, "CENTRAL"),
        Sc("DEN3", "Denver", "CO", 39.74, -104.99, "CENTRAL"),
        Sc("BOS7", "Boston", "MA", 42.36, -71.06, "EAST"),
        Sc("PHL5", "Philadelphia", "PA", 39.95, -75.17, "EAST"),
        Sc("CLT2", "Charlotte", "NC", 35.23, -80.84, "EAST"),

        Ds("GEG1", "Spokane", "WA", 47.66, -117.43, "WEST"),
        Ds("BOI2", "Boise", "ID", 43.62, -116.20, "WEST"),
        Ds("SMF3", "Sacramento", "CA", 38.58, -121.49, "WEST"),
        Ds("SJC4", "San Jose", "CA", 37.34, -121.89, "WEST"),
        Ds("SFO2", "South San Francisco", "CA", 37.65, -122.41, "WEST"),
        Ds("RNO1", "Reno", "NV", 39.53, -119.81, "WEST"),
        Ds("EUG1", "Eugene", "OR", 44.05, -123.09, "WEST"),
        Ds("TIW1", "Tacoma", "WA", 47.25, -122.44, "WEST"),
        Ds("OLM1", "Olympia", "WA", 47.04, -122.90, "WEST"),
        Ds("FAT1", "Fresno", "CA", 36.74, -119.79, "WEST"),

        Ds("STL4", "St. Louis", "MO", 38.63, -90.20, "CENTRAL"),
        Ds("OMA1", "Omaha", "NE", 41.26, -95.93, "CENTRAL"),
        Ds("DSM2", "Des Moines", "IA", 41.59, -93.62, "CENTRAL"),
        Ds("MKE1", "Milwaukee", "WI", 43.04, -87.91, "CENTRAL"),
        Ds("IND3", "Indianapolis", "IN", 39.77, -86.16, "CENTRAL"),
        Ds("AUS2", "Austin", "TX", 30.27, -97.74, "CENTRAL"),
        Ds("OKC1", "Oklahoma City", "OK", 35.47, -97.52, "CENTRAL"),
        Ds("TUL2", "Tulsa", "OK", 36.15, -95.99, "CENTRAL"),
        Ds("SAT1", "San Antonio", "TX", 29.42, -98.49, "CENTRAL"),
        Ds("MEM1", "Memphis", "TN", 35.15, -90.05, "CENTRAL"),

        Ds("BDL1", "Hartford", "CT", 41.76, -72.68, "EAST"),
        Ds("PVD2", "Providence", "RI", 41.82, -71.41, "EAST"),
        Ds("BWI3", "Baltimore", "MD", 39.29, -76.61, "EAST"),
        Ds("DCA1", "Arlington", "VA", 38.88, -77.10, "EAST"),
        Ds("RIC2", "Richmond", "VA", 37.54, -77.44, "EAST"),
        Ds("RDU1", "Raleigh", "NC", 35.78, -78.64, "EAST"),
        Ds("JAX3", "Jacksonville", "FL", 30.33, -81.66, "EAST"),
        Ds("MIA5", "Miami", "FL", 25.76, -80.19, "EAST"),
        Ds("TPA2", "Tampa", "FL", 27.95, -82.46, "EAST"),
        Ds("ALB1", "Albany", "NY", 42.65, -73.75, "EAST"),
    ];

    private static Site Fc(string code, string city, string state, double lat, double lon, string region) =>
        new(code, $"{city} fulfillment center", SiteKind.FulfillmentCenter, region, city, state, lat, lon);

    private static Site Sc(string code, string city, string state, double lat, double lon, string region) =>
        new(code, $"{city} sort center", SiteKind.SortCenter, region, city, state, lat, lon);

    private static Site Ds(string code, string city, string state, double lat, double lon, string region) =>
        new(code, $"{city} delivery station", SiteKind.DeliveryStation, region, city, state, lat, lon);
}
