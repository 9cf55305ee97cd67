namespace Assistant.Optimization.Network;

/// <summary>The role a site plays in a <see cref="FlowNetwork"/>.</summary>
public enum FlowSiteKind
{
    /// <summary>Where goods start (a fulfilment centre): ships out, never receives.</summary>
    Origin,

    /// <summary>Where goods are sorted and passed on (a sort centre): what comes in goes out.</summary>
    Hub,

    /// <summary>Where demand is served (a delivery station): receives, never ships.</summary>
    Destination,
}
