namespace Assistant.Core.Network;

/// <summary>The three tiers of a middle-mile network, in the order parcels move through them.</summary>
public enum SiteKind
{
    FulfillmentCenter,
    SortCenter,
    DeliveryStation,
}

public static class SiteKinds
{
    public static string Code(this SiteKind kind) => kind switch
    {
        SiteKind.FulfillmentCenter => "FC",
        SiteKind.SortCenter => "SC",
        SiteKind.DeliveryStation => "DS",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Describe(this SiteKind kind) => kind switch
    {
        SiteKind.FulfillmentCenter => "fulfillment center",
        SiteKind.SortCenter => "sort center",
        SiteKind.DeliveryStation => "delivery station",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static bool TryParse(string? text, out SiteKind kind)
    {
        switch (text?.Trim().ToUpperInvariant())
        {
            case "FC" or "FULFILLMENT CENTER" or "FULFILLMENTCENTER": kind = SiteKind.FulfillmentCenter; return true;
            case "SC" or "SORT CENTER" or "SORTCENTER": kind = SiteKind.SortCenter; return true;
            case "DS" or "DELIVERY STATION" or "DELIVERYSTATION": kind = SiteKind.DeliveryStation; return true;
            default: kind = default; return false;
        }
    }
}
