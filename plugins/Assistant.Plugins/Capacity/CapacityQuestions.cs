using Assistant.Plugins.Questions;

namespace Assistant.Plugins.Capacity;

/// <summary>The capacity questions the offline brain learns from this plugin: plans, what-ifs and why.</summary>
public static class CapacityQuestions
{
    public static readonly IReadOnlyList<QuestionIntent> All =
    [
        new QuestionIntent
        {
            Name = "what_if",
            Summary = "what a change would do to the least-cost plan (demand, capacity, lane cost, closing a site or lane, who may serve whom)",
            Cues =
            [
                new(@"\b(what if|what happens if|what happens when|what would happen if|what would it cost if|suppose|supposing|imagine|assume|assuming|in case|scenario|hypothetically|let's say|say that)\b", 4),
                new(@"^if\b|\bif (we|the|demand|volume|cost|capacity|<site>|<lane>|<region>|all|every|it|they|oversize|<class>)\b", 3),
                new(@"\b(grow|grows|grew|rise|rises|increase|increases|jump|jumps|surge|surges|spike|spikes|climb|climbs|drop|drops|fall|falls|decrease|decreases|decline|declines|shrink|shrinks|doubles|doubled|halves|halved|triples|tripled|half as much|twice as much|cut|cuts|reduced|loses|lose|lost)\b", 1.5),
                new(@"\b(close|closes|closed|closing|shut|shuts|shutdown|offline|out of service|unavailable|outage|decommission|decommissioned|fails|failed|flooded)\b", 2),
                new(@"\b(only|solely|exclusively|each other|one another|no longer|stops?|stopped|cannot|can't)\b.*\b(serve|serves|serving|ship|ships|send|sends|supply|supplies|buy|buys|receive|receives|source|sources|feed|feeds|deliver|delivers|served|fed|supplied)\b", 3),
                new(@"\b(cost|costs|rate|rates|price|prices|tariff|per[- ]unit|expensive|cheaper)\b.*\b(now|becomes|goes to|rises to|drops to|changes to|is <number>|more|less|up|down|<percent>)\b", 3),
                new(@"\b(how (does|would|will) (that|this|it) (affect|change|impact)|impact on|effect on)\b.*\b(cost|plan|total)\b", 3),
                new(@"\b(demand|capacity|supply|handle|process|throughput|volume|orders)\b", 1),
                new(@"<percent>", 1),
            ],
            Examples =
            [
                "What happens if demand at DS1 grows 20%?",
                "What if FC1 can only supply half as much?",
                "The per-unit cost from FC2 to SC1 is now 7; how does that affect total cost?",
                "What if SC2 can only serve DS3, and DS3 only buy from SC2?",
                "What if oversize demand at DS2 rises 15%?",
                "What if we close SC2?",
                "Suppose SC1 can no longer serve DS4",
                "What if capacity at SC3 is cut to 400 units?",
            ],
            Plan = frame =>
            {
                var reading = WhatIfReader.Read(frame);
                if (reading.Clarification is { } question)
                {
                    return IntentPlan.Ask(question);
                }

                var args = Common(frame);
                args["changes"] = reading.Changes.Select(Arguments).ToList();
                return IntentPlan.Call("what_if", args);
            },
        },
        new QuestionIntent
        {
            Name = "explain_plan",
            Summary = "why the plan uses a site or lane (what it would cost without it), or what binds the plan",
            Cues =
            [
                new(@"\bwhy\b.*\b(use|uses|using|used|rely|relies|relying|send|sends|sending|route|routes|routing|routed|ship|ships|shipping|source|sources|sourcing|choose|chose|chosen|pick|picks|picked|go through|goes through|going through|get|gets|buy|buys|need|needs|keep|keeps)\b", 7.5),
                new(@"\b(binding|bottleneck|bottlenecks|shadow price|shadow prices|what limits|what constrains|constraining|limiting factor|limiting|tightest|tight capacity|what is holding|holding back)\b", 6),
                new(@"\b(plan|capacity|capacities|network)\b", 1),
            ],
            Examples =
            [
                "Why are we using FC3 for SC1?",
                "Why does the plan use SC2?",
                "What limits the plan?",
                "Which capacities are binding?",
                "Why does DS1 get its packages from SC3?",
            ],
            Plan = frame =>
            {
                var args = Common(frame);
                if (frame.Lanes.Count > 0 && frame.Lanes[0].Split('-') is { Length: 2 } ends && frame.Sites.Count == 0)
                {
                    args["site"] = ends[0];
                    args["to"] = ends[1];
                }
                else if (Annotated(frame) is { Count: > 0 } named)
                {
                    args["site"] = named[0];
                    if (named.Count > 1) args["to"] = named[1];
                }

                return IntentPlan.Call("explain_plan", args);
            },
        },
        new QuestionIntent
        {
            Name = "truck_plan",
            Summary = "how many trucks each lane needs each day (a linehaul truck plan) for a site's outbound lanes or one lane",
            Cues =
            [
                new(@"\b(trucks?|trailers?|linehaul|truckloads?|loads)\b.*\b(need|needed|needs|plan|planned|planning|required|require|schedule|should|book|dispatch|send|run|will)\b|\b(need|needed|plan|planning|required|schedule|should|book|dispatch|run)\b.*\b(trucks?|trailers?|linehaul|truckloads?)\b", 6),
                new(@"\b(truck plan|linehaul plan|trucking plan|load plan|how many trucks)\b", 4),
                new(@"\b(consolidat\w*|fill|empty|carry over|carried over|wait)\b", 1),
            ],
            Examples =
            [
                "How many trucks does SEA4 need next week?",
                "Truck plan for lane SEA4-GEG1 next week",
                "Plan the linehaul trucks out of PDX2 for the next 5 days",
                "How many trucks should we have sent from ONT8 last week?",
            ],
            Plan = frame =>
            {
                var args = Dates(frame);
                if (frame.Lanes.Count > 0) args["lane"] = frame.Lanes[0];
                else if (frame.Sites.Count > 0) args["site"] = frame.Sites[0];
                else return IntentPlan.Ask("For which site or lane? For example \"how many trucks does SEA4 need next week?\" or \"truck plan for SEA4-GEG1\".");
                if (System.Text.RegularExpressions.Regex.IsMatch(frame.Text, @"(?i)\bconsolidat")) args["consolidation"] = true;
                return IntentPlan.Call("truck_plan", args);
            },
        },
        new QuestionIntent
        {
            Name = "labor_plan",
            Summary = "how many people a sort center needs per shift and day (a labor plan with overtime and hiring)",
            Cues =
            [
                new(@"\b(labou?r plan|staffing|staff plan|headcount|head count|manpower|crew|workforce|staffed|staff)\b", 6),
                // "How many people live in Portland?" is not a staffing question: the people must be needed for work.
                new(@"\b(people|workers|associates|sorters|staff|employees|hands)\b.*\b(need|needed|needs|require|required|plan|schedule|should|shift|shifts|sort|sorting|work|working)\b|\b(need|needed|needs|require|required|schedule|should)\b.*\b(people|workers|associates|sorters|employees)\b", 6),
                new(@"\b(overtime|hire|hires|hiring|shifts?|backlog)\b", 1.5),
            ],
            Examples =
            [
                "Labor plan for PDX2 next week",
                "How many people does SEA4 need per shift tomorrow?",
                "Staffing plan for BFI3 over the next 14 days",
                "Do we need overtime or hiring at ORD2 next week?",
            ],
            Plan = frame =>
            {
                if (frame.Sites.Count == 0)
                {
                    return IntentPlan.Ask("For which sort center? For example \"labor plan for PDX2 next week\".");
                }

                var args = Dates(frame);
                args["site"] = frame.Sites[0];
                return IntentPlan.Call("labor_plan", args);
            },
        },
        new QuestionIntent
        {
            Name = "plan_network",
            Summary = "the least-cost flow plan of the network (total cost, how full each site is, what binds)",
            Cues =
            [
                new(@"\b(cheapest|least[- ]cost|lowest[- ]cost|minimum[- ]cost|min[- ]cost|optimal|optimi[sz]e|optimi[sz]ed|optimi[sz]ation|flow plan|network plan|network flow|cost to serve|cost of serving)\b", 6),
                new(@"\b(can we|could we|are we able to|is the network able to|can the network)\b.*\b(handle|meet|serve|cover|absorb|cope with)\b", 5),
                new(@"\bplan\b", 2.5),
                new(@"\b(total cost|how much (does|will|would) it cost|what does it cost)\b", 3),
            ],
            Examples =
            [
                "What is the cheapest way to serve demand?",
                "Plan the network flow for last week",
                "Can we handle next week's volume?",
                "Optimize the network",
                "What is the total cost of the plan?",
            ],
            Plan = frame => IntentPlan.Call("plan_network", Common(frame)),
        },
    ];

    /// <summary>The network file and, for the store's network, the period.</summary>
    private static Dictionary<string, object?> Common(QuestionFrame frame)
    {
        var args = new Dictionary<string, object?>();
        if (frame.Network is { } network)
        {
            args["network"] = network;
        }
        else if (frame.Dates is { } dates)
        {
            args["start"] = HistoryRange.Iso(dates.Start);
            args["end"] = HistoryRange.Iso(dates.End);
        }

        return args;
    }

    private static Dictionary<string, object?> Dates(QuestionFrame frame)
    {
        var args = new Dictionary<string, object?>();
        if (frame.Dates is { } dates)
        {
            args["start"] = HistoryRange.Iso(dates.Start);
            args["end"] = HistoryRange.Iso(dates.End);
        }

        return args;
    }

    /// <summary>Sites in the order the question names them, lanes giving both ends.</summary>
    private static List<string> Annotated(QuestionFrame frame) =>
        System.Text.RegularExpressions.Regex.Matches(frame.Annotated, @"<(site|lane):([^>]*)>")
            .SelectMany(m => m.Groups[2].Value.Split('|'))
            .ToList();

    private static Dictionary<string, object?> Arguments(WhatIfChange change)
    {
        var args = new Dictionary<string, object?> { ["kind"] = change.Kind };
        if (change.Site is not null) args["site"] = change.Site;
        if (change.To is not null) args["to"] = change.To;
        if (change.Sites is { Count: > 0 }) args["sites"] = change.Sites.ToList();
        if (change.Class is not null) args["class"] = change.Class;
        if (change.Region is not null) args["region"] = change.Region;
        if (change.Factor is { } factor) args["factor"] = Math.Round(factor, 6);
        if (change.Value is { } value) args["value"] = value;
        return args;
    }
}
