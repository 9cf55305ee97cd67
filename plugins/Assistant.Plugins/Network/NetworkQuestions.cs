using Assistant.Core.Network;
using Assistant.Plugins.Questions;

namespace Assistant.Plugins.Network;

/// <summary>The network questions the offline brain learns from this plugin.</summary>
public static class NetworkQuestions
{
    private static readonly System.Text.RegularExpressions.Regex Lowest =
        new(@"\b(lowest|least|fewest|quietest|smallest|bottom)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    public static readonly IReadOnlyList<QuestionIntent> All =
    [
        new QuestionIntent
        {
            Name = "volume_history",
            Summary = "how many packages a site, lane, region or the network handled over a period",
            Cues =
            [
                new(@"\b(volume|volumes|packages?|parcels?|units|throughput|shipments?)\b", 2),
                new(@"\bhow (many|much)\b", 1),
                new(@"\b(handle[ds]?|process(ed)?|ship(ped)?|deliver(ed)?|move[ds]?|receive[ds]?|sort(ed)?|busy)\b", 1),
                new(@"\b(total|daily|trend)\b", 0.5),
                new(@"\bhow (did|does|is|was|were|are) <\w+> (do|doing|perform|performing|look|looking)\b", 2.5),
            ],
            Examples =
            [
                "What was the volume at SEA4 last week?",
                "How many packages did PDX2 handle yesterday?",
                "Show me the daily volume for the West region in October",
                "Network volume over the last 30 days",
                "How much did lane SEA4-GEG1 carry last month?",
            ],
            Plan = frame =>
            {
                var calls = new List<ToolRequest>();
                foreach (var lane in frame.Lanes) calls.Add(Volume(frame, "lane", lane));
                foreach (var site in frame.Sites) calls.Add(Volume(frame, "site", site));
                foreach (var region in frame.Regions) calls.Add(Volume(frame, "region", region));
                if (calls.Count == 0) calls.Add(Volume(frame, null, null));
                return IntentPlan.CallEach(calls);
            },
        },
        new QuestionIntent
        {
            Name = "metric_history",
            Summary = "missort rate, late departures or dwell time at a site over a period",
            Cues =
            [
                new(@"\bmis-?sort(s|ed|ing| rates?)?\b", 3),
                new(@"\blate\b|\bdepartures?\b|\bdelayed trucks?\b", 3),
                new(@"\bdwell", 3),
                new(@"\bdefects?\b|\bquality\b", 2),
            ],
            Examples =
            [
                "What was the missort rate at BFI3 last week?",
                "How many late departures did ORD2 have yesterday?",
                "Dwell time at PHL5 over the last 14 days",
            ],
            Plan = frame =>
            {
                if (frame.Sites.Count == 0)
                {
                    return IntentPlan.Ask("Which site? Defect metrics are kept per site, for example \"missort rate at BFI3 last week\".");
                }

                var metric = frame.Metric ?? "missort_rate";
                return IntentPlan.CallEach(frame.Sites.Select(site => new ToolRequest("metric_history", WithDates(frame, new()
                {
                    ["site"] = site,
                    ["metric"] = metric,
                }))));
            },
        },
        new QuestionIntent
        {
            Name = "top_lanes",
            Summary = "the busiest lanes in the network, at a site or in a region",
            Cues =
            [
                new(@"\b(top|busiest|biggest|largest|heaviest|highest[- ]volume|most (used|loaded|volume))\b", 2),
                new(@"\blanes?\b", 1.5),
                new(@"\b(the )?most\b", 1.5),
                new(@"\b(rank|ranking)\b", 1),
            ],
            Examples =
            [
                "What are the top 5 lanes last week?",
                "Busiest lanes out of SEA4 last month",
                "Which lanes in the East region carried the most packages?",
            ],
            Plan = frame =>
            {
                var args = WithDates(frame, new() { ["count"] = frame.Count ?? 5 });
                if (frame.Sites.Count > 0) args["site"] = frame.Sites[0];
                else if (frame.Regions.Count > 0) args["region"] = frame.Regions[0];
                return IntentPlan.Call("top_lanes", args);
            },
        },
        new QuestionIntent
        {
            Name = "describe_site",
            Summary = "what a site is: kind, region, lanes, recent volume, sort capacity and shifts",
            Cues =
            [
                new(@"\b(tell me about|describe|details?|info|information|profile of|overview)\b", 2),
                new(@"\b(what|which) (is|kind of site is|type of site is)\b", 1),
                new(@"\b(sort )?capacity\b|\bshifts?\b|\blabor\b|\buph\b|\bunits per (labor )?hour\b|\bwage|\brates?\b", 1.5),
            ],
            Examples =
            [
                "Tell me about SEA4",
                "What is the sort capacity of PDX2?",
                "What shifts does BFI3 run?",
            ],
            Plan = frame => frame.Sites.Count == 0
                ? IntentPlan.Ask("Which site should I describe? For example \"tell me about SEA4\".")
                : IntentPlan.CallEach(frame.Sites.Select(s => new ToolRequest("describe_site", new Dictionary<string, object?> { ["site"] = s }))),
        },
        new QuestionIntent
        {
            Name = "describe_lane",
            Summary = "a lane's trailer capacity, cost per truck, transit time, pull time and recent use",
            Cues =
            [
                new(@"<lane>", 2),
                new(@"\b(transit|pull time|cpt|cost per truck|trailers?|fill|full|how long|distance)\b", 1.5),
                new(@"\b(tell me about|describe|details?|info)\b", 1),
            ],
            Examples =
            [
                "Tell me about the lane SEA4-GEG1",
                "What is the transit time from ONT8 to SEA4?",
                "Cost per truck on PDX2 to EUG1",
            ],
            Plan = frame => frame.Lanes.Count == 0
                ? IntentPlan.Ask("Which lane? Name both ends, for example \"SEA4 to GEG1\".")
                : IntentPlan.CallEach(frame.Lanes.Select(l => new ToolRequest("describe_lane", new Dictionary<string, object?> { ["lane"] = l }))),
        },
        new QuestionIntent
        {
            Name = "list_sites",
            Summary = "which sites the network has, by kind or region",
            Cues =
            [
                new(@"\b(list|show|which|what|all|our)\b.*\b(sites|sort centers|delivery stations|fulfillment centers|fcs|scs|dss|buildings|stations|centers)\b", 3),
                new(@"\bhow many (sites|sort centers|delivery stations|fulfillment centers|buildings)\b", 3),
                new(@"\bsites\b", 1),
            ],
            Examples =
            [
                "List the sort centers",
                "Which delivery stations are in the West region?",
                "What sites do we have?",
            ],
            Plan = frame =>
            {
                var args = new Dictionary<string, object?>();
                if (frame.Kind is { } kind) args["kind"] = kind.Code();
                if (frame.Regions.Count > 0) args["region"] = frame.Regions[0];
                return IntentPlan.Call("list_sites", args);
            },
        },
        new QuestionIntent
        {
            Name = "list_lanes",
            Summary = "which lanes leave or enter a site, or run within a region",
            Cues =
            [
                new(@"\b(list|show|which|what|all)\b.*\blanes\b", 2.5),
                new(@"\blanes? (out of|from|leaving|into|to|entering|feeding|serving)\b", 2),
                new(@"\b(inbound|outbound)\b", 1.5),
                new(@"\bhow many lanes\b", 3),
                new(@"\bconnected|\bserves?\b|\bfeeds?\b", 1),
            ],
            Examples =
            [
                "Which lanes leave SEA4?",
                "List the inbound lanes of GEG1",
                "What lanes are in the Central region?",
            ],
            Plan = frame =>
            {
                var args = new Dictionary<string, object?>();
                if (frame.Sites.Count > 0)
                {
                    args["site"] = frame.Sites[0];
                    if (frame.Direction is not null) args["direction"] = frame.Direction;
                }
                else if (frame.Regions.Count > 0)
                {
                    args["region"] = frame.Regions[0];
                }

                return IntentPlan.Call("list_lanes", args);
            },
        },
        new QuestionIntent
        {
            Name = "top_sites",
            Summary = "which sites handled the most (or least) packages over a period",
            Cues =
            [
                new(@"\b(which|what) (site|sites|sort cent(er|re)s?|delivery stations?|fulfillment cent(er|re)s?|fcs?|scs?|dss?|stations?|buildings?)\b.*\b(most|highest|biggest|largest|busiest|lowest|least|fewest|quietest|smallest)\b", 3.5),
                new(@"\b(top|busiest|biggest|largest|quietest|smallest|least busy)( <number>)? (sites|sort cent(er|re)s|delivery stations|fulfillment cent(er|re)s|stations|buildings|fcs|scs|dss)\b", 3.5),
                new(@"\brank(ing)? (of )?(the )?(sites|sort cent(er|re)s|delivery stations|fulfillment cent(er|re)s)\b", 3),
            ],
            Examples =
            [
                "Which site had the highest volume yesterday?",
                "Top 5 sort centers last week",
                "Which delivery station was the quietest last month?",
            ],
            Plan = frame =>
            {
                var args = WithDates(frame, new() { ["count"] = frame.Count ?? 5 });
                if (frame.Kind is { } kind) args["kind"] = kind.Code();
                if (frame.Regions.Count > 0) args["region"] = frame.Regions[0];
                if (Lowest.IsMatch(frame.Text)) args["order"] = "lowest";
                return IntentPlan.Call("top_sites", args);
            },
        },
        new QuestionIntent
        {
            Name = "list_regions",
            Summary = "which regions the network has and what is in each",
            Cues =
            [
                new(@"\bregions\b", 2.5),
                new(@"\b(list|which|what|show|all|how many)\b.*\bregions\b", 1),
            ],
            Examples =
            [
                "List the regions",
                "What regions do we have?",
            ],
            Plan = _ => IntentPlan.Call("list_regions", new Dictionary<string, object?>()),
        },
        new QuestionIntent
        {
            Name = "hourly_profile",
            Summary = "how a sort center's volume spreads over the hours of the day",
            Cues =
            [
                new(@"\b(hourly|per hour|by hour|each hour|hour by hour|hours? of (the )?day)\b", 3),
                new(@"\b(peak hour|busiest hour|what time)\b", 3),
            ],
            Examples =
            [
                "Hourly profile of PDX2",
                "What is the busiest hour at SEA4?",
                "Packages per hour at BFI3 yesterday",
            ],
            Plan = frame =>
            {
                if (frame.Sites.Count == 0)
                {
                    return IntentPlan.Ask("Which sort center? For example \"hourly profile of PDX2\".");
                }

                var args = new Dictionary<string, object?> { ["site"] = frame.Sites[0] };
                if (frame.Dates is { } dates) args["date"] = Iso(dates.End);
                return IntentPlan.Call("hourly_profile", args);
            },
        },
    ];

    private static ToolRequest Volume(QuestionFrame frame, string? key, string? value)
    {
        var args = WithDates(frame, []);
        if (key is not null) args[key] = value;
        return new ToolRequest("volume_history", args);
    }

    private static Dictionary<string, object?> WithDates(QuestionFrame frame, Dictionary<string, object?> args)
    {
        if (frame.Dates is { } dates)
        {
            args["start"] = Iso(dates.Start);
            args["end"] = Iso(dates.End);
        }

        return args;
    }

    private static string Iso(DateOnly day) => HistoryRange.Iso(day);
}
