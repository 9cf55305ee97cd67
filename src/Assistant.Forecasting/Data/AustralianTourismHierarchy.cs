using Assistant.Forecasting.Hierarchy;

namespace Assistant.Forecasting.Data;

/// <summary>
/// The usual grouped structure of the Australian tourism data: Total, State, Region, Purpose,
/// State × Purpose, and Region × Purpose at the bottom (1 + 8 + 76 + 4 + 32 + 304 = 425 series).
/// </summary>
public static class AustralianTourismHierarchy
{
    public const string Bottom = "Region × Purpose";

    public static SeriesHierarchy Create(IReadOnlyList<AustralianTourismSeries> series) =>
        SeriesHierarchy.Create(series, Bottom, s => s.Key,
        [
            HierarchyLevel<AustralianTourismSeries>.Total(),
            new("State", s => s.State),
            new("Region", s => $"{s.State}/{s.Region}"),
            new("Purpose", s => s.Purpose),
            new("State × Purpose", s => $"{s.State}/{s.Purpose}"),
        ]);
}
