using System.Globalization;
using System.Text.RegularExpressions;
using Assistant.Core.Network;
using Assistant.Plugins.Questions;

namespace Assistant.Plugins.Capacity;

/// <summary>
/// Reads the changes a what-if question asks for, from the question's annotated text (places,
/// percentages and numbers already tagged). The question is cut into clauses at "and", commas
/// and semicolons; each clause that names a change becomes one: who it is about comes from the
/// places in that clause, how much from its percentage, multiplier word ("half", "doubles") or
/// number, and which way from its verb ("grows", "drops", "is now").
/// </summary>
public static partial class WhatIfReader
{
    public sealed record Reading(IReadOnlyList<WhatIfChange> Changes, string? Clarification);

    public static Reading Read(QuestionFrame frame)
    {
        var clauses = Clauses(frame.Annotated);
        var changes = new List<WhatIfChange>();
        foreach (var clause in clauses)
        {
            var (change, question) = ReadClause(clause, frame, single: clauses.Count == 1);
            if (question is not null)
            {
                return new Reading([], question);
            }

            if (change is not null)
            {
                changes.AddRange(change);
            }
        }

        if (changes.Count == 0 && frame.Previous is { } previous)
        {
            // "what about DS2?" / "and if it were 30%?": the previous change, with what this one restates.
            var before = Read(previous with { Previous = null });
            if (before.Changes.Count == 1)
            {
                changes.Add(Restate(before.Changes[0], frame));
            }
        }

        if (changes.Count == 0)
        {
            return new Reading([], "What should change? For example \"what if demand at DS1 grows 20%?\", \"what if SC2 closes?\" or \"the cost from FC2 to SC1 is now 7\".");
        }

        return new Reading(Pair(changes), null);
    }

    private static (IReadOnlyList<WhatIfChange>? Changes, string? Question) ReadClause(Clause c, QuestionFrame frame, bool single)
    {
        var sites = c.Sites;
        var text = c.Text;
        if (sites.Count >= 2 && EachOther().IsMatch(text))
        {
            return ([new WhatIfChange("exclusive", sites[0], sites[1])], null);
        }

        if (sites.Count >= 2 && Only().IsMatch(text))
        {
            if (Buys().IsMatch(text))
            {
                return ([new WhatIfChange("buy_only", sites[0], Sites: sites.Skip(1).ToList())], null);
            }

            if (Serves().IsMatch(text))
            {
                return ([new WhatIfChange("serve_only", sites[0], Sites: sites.Skip(1).ToList())], null);
            }
        }

        if (sites.Count >= 2 && Negation().IsMatch(text) && (Serves().IsMatch(text) || Buys().IsMatch(text) || Uses().IsMatch(text)) && c.Percents.Count == 0 && c.Numbers.Count == 0)
        {
            return ([new WhatIfChange("forbid", sites[0], Sites: sites.Skip(1).ToList())], null);
        }

        var factor = Factor(c);
        var number = c.Numbers.Count > 0 ? c.Numbers[^1] : (double?)null;
        var lane = c.Lane ?? (sites.Count >= 2 && (LaneWord().IsMatch(text) || CostWord().IsMatch(text)) ? (sites[0], sites[1]) : null);

        if (CostWord().IsMatch(text) && !DemandWord().IsMatch(text))
        {
            if (lane is not { } costLane)
            {
                return (null, "Which lane's cost changes? Name both ends, for example \"the cost from FC2 to SC1 is now 7\".");
            }

            if (factor is { } f)
            {
                return ([new WhatIfChange("scale_cost", costLane.From, costLane.To, Factor: f)], null);
            }

            if (number is { } n)
            {
                return (Relative(text) is { } sign
                    ? [new WhatIfChange("add_cost", costLane.From, costLane.To, Value: sign * n)]
                    : [new WhatIfChange("set_cost", costLane.From, costLane.To, Value: n)], null);
            }

            return single ? (null, $"By how much does the cost of {costLane.From}→{costLane.To} change? For example \"is now 7\" or \"rises 10%\".") : (null, null);
        }

        if (Close().IsMatch(text) && factor is null && number is null && !DemandWord().IsMatch(text))
        {
            if (lane is { } closed)
            {
                return ([new WhatIfChange("close", closed.From, closed.To)], null);
            }

            return sites.Count > 0 ? (sites.Select(s => new WhatIfChange("close", s)).ToList(), null) : (null, null);
        }

        if (factor is null && number is null)
        {
            return (null, null);
        }

        var site = sites.Count > 0 ? sites[0] : single && !c.WholeNetwork && frame.Sites.Count > 0 && c.Region is null ? frame.Sites[0] : null;
        var siteKind = site is not null && frame.SiteKinds.TryGetValue(site, out var k) ? k : (SiteKind?)null;
        var aboutDemand = DemandWord().IsMatch(text) && !CapacityWord().IsMatch(text)
            || (lane is null && (siteKind is SiteKind.DeliveryStation || site is null) && (Growth().IsMatch(text) || DemandWord().IsMatch(text)));
        if (aboutDemand)
        {
            // Each destination named gets the change ("demand at DS1 and DS2 grows 20%"); none named means all.
            var targets = sites.Where(x => !frame.SiteKinds.TryGetValue(x, out var kind) || kind == SiteKind.DeliveryStation).ToList();
            if (targets.Count == 0 && sites.Count > 0)
            {
                return (null, $"Demand belongs to delivery stations (destinations), and {sites[0]} is not one. Do you mean its capacity (\"what if {sites[0]} can handle 20% more?\") or the demand of the stations it serves?");
            }

            if (targets.Count == 0)
            {
                targets.Add(siteKind is SiteKind.DeliveryStation ? site! : null!);
            }

            var className = c.Classes.FirstOrDefault();
            var region = targets.Any(t => t is not null) ? null : c.Region;
            return (targets.Select(target => factor is { } f
                ? new WhatIfChange("scale_demand", target, Class: className, Region: region, Factor: f)
                : Relative(text) is { } sign
                    ? new WhatIfChange("add_demand", target, Class: className, Region: region, Value: sign * number)
                    : new WhatIfChange("set_demand", target, Class: className, Region: region, Value: number)).ToList(), null);
        }

        if (lane is { } limited)
        {
            return ([Capacity(limited.From, limited.To, factor, number, text)], null);
        }

        if (site is null)
        {
            return (null, null);
        }

        var limitedSites = sites.Count > 0 ? sites : [site];
        return (limitedSites.Select(x => Capacity(x, null, factor, number, text)).ToList(), null);
    }

    private static WhatIfChange Capacity(string site, string? to, double? factor, double? number, string text) =>
        factor is { } f ? new WhatIfChange("scale_capacity", site, to, Factor: f)
        : Relative(text) is { } sign ? new WhatIfChange("add_capacity", site, to, Value: sign * number)
        : new WhatIfChange("set_capacity", site, to, Value: number);

    /// <summary>The change as a multiplier: a percentage with its direction, or a word such as half or double.</summary>
    private static double? Factor(Clause c)
    {
        if (c.Percents.Count > 0)
        {
            var p = c.Percents[^1];
            if (ToPercent().IsMatch(c.Text) && !ByPercent().IsMatch(c.Text) && !RelativePercent().IsMatch(c.Text))
            {
                return p / 100;
            }

            return p < 0 || Down().IsMatch(c.Text) ? 1 - Math.Abs(p) / 100 : 1 + p / 100;
        }

        if (Times().Match(c.Text) is { Success: true } times)
        {
            return double.Parse(times.Groups[1].Value, CultureInfo.InvariantCulture);
        }

        if (Fraction().Match(c.Text) is { Success: true } fraction)
        {
            var share = fraction.Groups[2].Value switch { "third" => 1.0 / 3, "quarter" => 0.25, "fifth" => 0.2, _ => 0.1 };
            return Down().IsMatch(c.Text) ? 1 - share : 1 + share;
        }

        if (Half().IsMatch(c.Text))
        {
            return 0.5;
        }

        if (Double().IsMatch(c.Text))
        {
            return 2;
        }

        return Triple().IsMatch(c.Text) ? 3 : null;
    }

    /// <summary>+1 for "N more", "up by N"; -1 for "N less", "down by N"; null for a new level ("is now N", "to N").</summary>
    private static int? Relative(string text) =>
        NewLevel().IsMatch(text) ? null
        : LessBy().IsMatch(text) ? -1
        : MoreBy().IsMatch(text) ? 1
        : ByNumber().IsMatch(text) ? (Down().IsMatch(text) ? -1 : 1)
        : null;

    private static WhatIfChange Restate(WhatIfChange change, QuestionFrame frame)
    {
        var c = Clauses(frame.Annotated).FirstOrDefault();
        var result = change;
        if (c is not null && Factor(c) is { } factor && change.Factor is not null)
        {
            result = result with { Factor = factor };
        }

        if (frame.Sites.Count > 0 && change.To is null && change.Site is not null)
        {
            result = result with { Site = frame.Sites[0] };
        }

        if (frame.Classes.Count > 0 && change.Kind == "scale_demand")
        {
            result = result with { Class = frame.Classes[0] };
        }

        return result;
    }

    /// <summary>"SC2 only serves DS3, and DS3 only buys from SC2" is one exclusive pair.</summary>
    private static List<WhatIfChange> Pair(List<WhatIfChange> changes)
    {
        var serve = changes.FirstOrDefault(c => c.Kind == "serve_only" && c.Sites?.Count == 1);
        var buy = changes.FirstOrDefault(c => c.Kind == "buy_only" && c.Sites?.Count == 1);
        if (serve is not null && buy is not null
            && serve.Site!.Equals(buy.Sites![0], StringComparison.OrdinalIgnoreCase)
            && buy.Site!.Equals(serve.Sites![0], StringComparison.OrdinalIgnoreCase))
        {
            var paired = changes.Where(c => c != serve && c != buy).ToList();
            paired.Insert(0, new WhatIfChange("exclusive", serve.Site, buy.Site));
            return paired;
        }

        return changes;
    }

    private sealed record Clause(
        string Text, IReadOnlyList<string> Sites, (string From, string To)? Lane, IReadOnlyList<double> Percents, IReadOnlyList<double> Numbers,
        IReadOnlyList<string> Classes, string? Region, bool WholeNetwork)
    {
        public bool HasChange => Percents.Count > 0 || Numbers.Count > 0 || ChangeWord().IsMatch(Text);
    }

    /// <summary>
    /// The question cut at "and", commas and semicolons. A piece that changes nothing but names
    /// places ("DS4" in "stops serving DS3 and DS4") joins its neighbour; a piece with neither
    /// ("how does that affect total cost") is dropped.
    /// </summary>
    private static List<Clause> Clauses(string annotated)
    {
        var merged = new List<string>();
        string? pending = null;
        foreach (var piece in Separator().Split(annotated).Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            var parsed = Parse(piece);
            if (!Tag().IsMatch(piece) && (Effect().IsMatch(piece) || !parsed.HasChange))
            {
                continue;
            }

            if (!parsed.HasChange)
            {
                if (merged.Count > 0)
                {
                    merged[^1] += " " + piece;
                }
                else
                {
                    pending = pending is null ? piece : pending + " " + piece;
                }

                continue;
            }

            merged.Add(pending is null ? piece : pending + " " + piece);
            pending = null;
        }

        if (pending is not null)
        {
            merged.Add(pending);
        }

        return merged.Select(Parse).ToList();
    }

    private static Clause Parse(string text)
    {
        var sites = new List<string>();
        (string, string)? lane = null;
        var percents = new List<double>();
        var numbers = new List<double>();
        var classes = new List<string>();
        string? region = null;
        foreach (Match tag in Tag().Matches(text))
        {
            var value = tag.Groups[2].Value;
            switch (tag.Groups[1].Value)
            {
                case "site": sites.Add(value); break;
                case "lane":
                    var ends = value.Split('|');
                    lane ??= (ends[0], ends[1]);
                    sites.AddRange(ends);
                    break;
                case "percent": percents.Add(double.Parse(value, CultureInfo.InvariantCulture)); break;
                case "number": numbers.Add(double.Parse(value, CultureInfo.InvariantCulture)); break;
                case "class": classes.Add(value); break;
                case "region": region ??= value; break;
            }
        }

        return new Clause(text, sites, lane, percents, numbers, classes, region, WholeNetwork().IsMatch(text));
    }

    [GeneratedRegex(@"<(\w+):([^>]*)>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s*(?:,|;|\band\b|\bbut\b|\bwhile\b|\bplus\b|\balso\b|\bthen\b)\s*")]
    private static partial Regex Separator();

    [GeneratedRegex(@"\b(each other|one another|exclusive|exclusively|dedicated to each other|only each other)\b")]
    private static partial Regex EachOther();

    [GeneratedRegex(@"\b(only|solely|just|exclusively)\b")]
    private static partial Regex Only();

    [GeneratedRegex(@"\b(buy|buys|buying|bought|get|gets|getting|receive|receives|receiving|take|takes|taking|source|sources|sourced|sourcing|order|orders|come from|comes from|served by|fed by|supplied by|draw|draws|pull|pulls)\b")]
    private static partial Regex Buys();

    [GeneratedRegex(@"\b(serve|serves|serving|served|ship|ships|shipping|send|sends|sending|supply|supplies|supplying|deliver|delivers|delivering|feed|feeds|feeding|go to|goes to|route|routes|routing)\b")]
    private static partial Regex Serves();

    [GeneratedRegex(@"\b(use|uses|using|rely on|relies on)\b")]
    private static partial Regex Uses();

    [GeneratedRegex(@"\b(no longer|not|never|stop|stops|stopped|cannot|can't|cant|won't|unable to|forbid|forbidden|ban|banned|prevent|block|blocked|isn't|aren't|doesn't|don't)\b")]
    private static partial Regex Negation();

    [GeneratedRegex(@"\b(lane|lanes|route|link|connection|from)\b")]
    private static partial Regex LaneWord();

    [GeneratedRegex(@"\b(cost|costs|costing|rate|rates|price|prices|priced|tariff|tariffs|per[- ]unit|charge|charges|fee|fees|expensive|cheaper|pricier|freight rate)\b")]
    private static partial Regex CostWord();

    [GeneratedRegex(@"\b(demand|demands|orders|volume|volumes|packages|parcels|load|deliveries|needs|customers)\b")]
    private static partial Regex DemandWord();

    [GeneratedRegex(@"\b(capacity|capacities|supply|handle|handles|process|processes|throughput|produce|produces|output|sort|limit|limited|cap|capped|max|maximum|at most|up to|as much|as many)\b")]
    private static partial Regex CapacityWord();

    [GeneratedRegex(@"\b(grow|grows|grew|growing|rise|rises|rose|rising|increase|increases|increased|jump|jumps|surge|surges|spike|spikes|climb|climbs|drop|drops|dropped|fall|falls|fell|decrease|decreases|decreased|decline|declines|shrink|shrinks|goes up|go up|goes down|go down|higher|lower|more|less|doubles|halves|triples)\b")]
    private static partial Regex Growth();

    [GeneratedRegex(@"\b(close|closes|closed|closing|shut|shuts|shutting|shutdown|offline|out of service|goes down|go down|is down|unavailable|lose|loses|lost|losing|remove|removed|eliminate|eliminated|decommission|decommissioned|fails|failed|outage|floods|flooded|cut off|taken out|no longer (exists|available|operates|operating|running))\b")]
    private static partial Regex Close();

    [GeneratedRegex(@"\b(drop|drops|dropped|dropping|fall|falls|fell|falling|decrease|decreases|decreased|decline|declines|declined|down|less|lower|shrink|shrinks|shrank|cut|cuts|reduce|reduces|reduced|lose|loses|lost|fewer|minus|smaller|off|dip|dips|slump|slumps|cheaper|shortfall|short)\b")]
    private static partial Regex Down();

    [GeneratedRegex(@"\b(to|at|becomes|become|is|are|be|reaches|reach)\s+(only\s+)?<percent")]
    private static partial Regex ToPercent();

    [GeneratedRegex(@"\bby\s+<percent")]
    private static partial Regex ByPercent();

    [GeneratedRegex(@"<number:(\d+(?:\.\d+)?)>\s*(x|times)\b|\bby a factor of <number:(\d+(?:\.\d+)?)>")]
    private static partial Regex Times();

    [GeneratedRegex(@"\b(half|halves|halved|halve|halving|50-50)\b")]
    private static partial Regex Half();

    [GeneratedRegex(@"\b(double|doubles|doubled|doubling|twice)\b")]
    private static partial Regex Double();

    [GeneratedRegex(@"\b(triple|triples|tripled|tripling|three times)\b")]
    private static partial Regex Triple();

    [GeneratedRegex(@"\b(is now|are now|now|becomes|become|goes to|go to|set to|set at|changes to|change to|rises to|rise to|drops to|drop to|falls to|fall to|increases to|decreases to|is|=)\s+(only\s+|just\s+)?<number")]
    private static partial Regex NewLevel();

    [GeneratedRegex(@"<number:[^>]*>\s*(more|extra|additional|higher|up)\b|\b(up|increases?|rises?|grows?|goes up|add|adds|adding|extra|plus|another|more by)\s+(by\s+)?<number")]
    private static partial Regex MoreBy();

    [GeneratedRegex(@"\bby <number")]
    private static partial Regex ByNumber();

    [GeneratedRegex(@"<percent:[^>]*>\s*(higher|lower|more|less|up|down|bigger|smaller|cheaper|pricier|above|below|over|under|extra|fewer|larger|greater)\b")]
    private static partial Regex RelativePercent();

    [GeneratedRegex(@"\b(a|one) (third|quarter|fifth|tenth)\b")]
    private static partial Regex Fraction();

    [GeneratedRegex(@"<number:[^>]*>\s*(less|fewer|lower|down|cheaper)\b|\b(down|decreases?|drops?|falls?|goes down|lose|loses|minus|cut|cuts|remove|removes)\s+(by\s+)?<number")]
    private static partial Regex LessBy();

    [GeneratedRegex(@"\b(network|everywhere|all|overall|total|every|across the board)\b")]
    private static partial Regex WholeNetwork();

    /// <summary>Words that make a clause a change on their own, without a number: an amount word or an action.</summary>
    [GeneratedRegex(@"\b(half|halves|halved|halve|double|doubles|doubled|twice|triple|triples|tripled|only|solely|exclusive|exclusively|each other|no longer|stop|stops|cannot|can't|never|forbid|forbidden|close|closes|closed|closing|shut|shuts|shutdown|offline|out of service|goes down|unavailable|lose|loses|lost|remove|removed|eliminate|decommission|decommissioned|fails|failed|outage|cut off)\b")]
    private static partial Regex ChangeWord();

    [GeneratedRegex(@"\b(how (does|do|would|will|did) (that|this|it|they)|what happens|what would happen|what is the impact|what's the impact|impact on|effect on|affect|affects|mean for|do to)\b")]
    private static partial Regex Effect();
}
