using System.ComponentModel;

namespace Assistant.Plugins.Capacity;

/// <summary>
/// One change to the network in a what-if, as a tool caller writes it. <see cref="WhatIfChanges"/>
/// turns it into the engine's typed edit, checking that it says everything its kind needs.
/// </summary>
public sealed record WhatIfChange(
    [property: Description("scale_demand | set_demand | add_demand | set_capacity | scale_capacity | add_capacity | set_cost | scale_cost | add_cost | close | forbid | serve_only | buy_only | exclusive | avoid")]
    string Kind,
    [property: Description("The site the change is about (a destination for scale_demand, an origin or hub for capacities, the lane's first site for lane changes).")]
    string? Site = null,
    [property: Description("The lane's other site, for lane changes (set_cost, close a lane, ...); for exclusive, the destination.")]
    string? To = null,
    [property: Description("Sites the change lists: for forbid, the destinations the hub may no longer serve; for serve_only, the only destinations the hub serves; for buy_only, the only hubs the destination buys from.")]
    IReadOnlyList<string>? Sites = null,
    [property: Description("A volume class (e.g. oversize), for scale_demand; none means every class.")]
    string? Class = null,
    [property: Description("A region code, for scale_demand over every delivery station in it (store network only).")]
    string? Region = null,
    [property: Description("A multiplier for the scale_ kinds: 1.2 is +20%, 0.5 is half.")]
    double? Factor = null,
    [property: Description("An amount: the new capacity or cost per unit for set_ kinds, the amount to add (negative to remove) for add_ kinds.")]
    double? Value = null);
