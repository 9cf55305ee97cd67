using System.Text.RegularExpressions;
using Assistant.Plugins.Questions;

namespace Assistant.Plugins.Defects;

/// <summary>The defect questions the offline brain learns from this plugin.</summary>
public static partial class DefectsQuestions
{
    public static readonly IReadOnlyList<QuestionIntent> All =
    [
        new QuestionIntent
        {
            Name = "detect_anomalies",
            Summary = "unusual days (spikes, drops, shifts) in volume or defect metrics at a site, lane, region or the network",
            Cues =
            [
                new(@"\b(anomal\w*|unusual\w*|abnormal\w*|odd|oddities|strange|weird|outliers?|irregular\w*|out of the ordinary|suspicious|unexpected)\b", 6),
                new(@"\b(going wrong|gone wrong|go wrong|went wrong|wrong|problems?|issues?|incidents?|hiccups?|red flags?|alerts?|anything off|something off|glitch\w*)\b", 4),
                new(@"\b(spikes?|spiked|surges?|dips?|drops?|jumps?|shifts?|blips?|flag|flagged)\b", 2),
                new(@"\b(any|anything|something|detect|scan|check|find)\b", 0.5),
            ],
            Examples =
            [
                "Any anomalies at SEA4 last week?",
                "Was anything unusual in the network yesterday?",
                "Find spikes in missort rate at BFI3 over the last month",
                "What is going wrong in the West region?",
                "Any problems on lane SEA4-GEG1 last week?",
            ],
            Plan = frame =>
            {
                var args = WithDates(frame, []);
                if (Metric(frame) is { } metric) args["metric"] = metric;
                if (frame.Lanes.Count > 0)
                {
                    return IntentPlan.CallEach(frame.Lanes.Select(lane => new ToolRequest("detect_anomalies", new Dictionary<string, object?>(args) { ["lane"] = lane })));
                }

                if (frame.Sites.Count > 0)
                {
                    return IntentPlan.CallEach(frame.Sites.Select(site => new ToolRequest("detect_anomalies", new Dictionary<string, object?>(args) { ["site"] = site })));
                }

                if (frame.Regions.Count > 0) args["region"] = frame.Regions[0];
                return IntentPlan.Call("detect_anomalies", args);
            },
        },
        new QuestionIntent
        {
            Name = "explain_defect",
            Summary = "why a site's volume, missorts, late departures or dwell were unusual (likely causes)",
            Cues =
            [
                new(@"\bwhy\b.*\b(jump|jumped|jumping|spike|spiked|spiking|rise|rose|risen|rising|climb|climbed|increase|increased|go up|went up|gone up|drop|dropped|dropping|fall|fell|fallen|dip|dipped|surge|surged|go down|went down|gone down|high|higher|low|lower|bad|worse|poor|off|unusual|late|so many|so few|crash|crashed|tank|tanked|collapse|collapsed|stop|stopped|more|fewer|than usual|than normal)\b", 7),
                // A bare "why?" after an anomaly answer asks for its cause.
                new(@"^\s*why\s*\W*$", 7),
                new(@"\b(what caused|caused|cause of|causes|root cause|what happened|what went wrong|reason for|reasons for|explain (the|this|that) (spike|jump|drop|dip|surge|anomaly|incident|outage|rise|fall)|what drove|what is behind|what was behind|behind the)\b", 7),
                new(@"\bmis-?sort\w*|\blate\b|\bdwell|\bvolume|\bpackages\b|\bdefects?\b", 1),
            ],
            Examples =
            [
                "Why did missorts jump at BFI3 yesterday?",
                "What caused the late departures at ORD2 last week?",
                "Why was volume so low at PDX2 on Tuesday?",
                "Root cause of the dwell spike at PHL5",
                "What happened at SJC4 last month?",
            ],
            Plan = frame =>
            {
                var site = frame.Sites.FirstOrDefault()
                    ?? (frame.Lanes.Count > 0 ? frame.Lanes[0].Split('-')[0] : null);
                if (site is null)
                {
                    // "What went wrong yesterday?" names no site: look everywhere first.
                    var scan = WithDates(frame, []);
                    if (Metric(frame) is { } scanned) scan["metric"] = scanned;
                    if (frame.Regions.Count > 0) scan["region"] = frame.Regions[0];
                    return IntentPlan.Call("detect_anomalies", scan);
                }

                var args = WithDates(frame, new() { ["site"] = site });
                if (Metric(frame) is { } metric) args["metric"] = metric;
                return IntentPlan.Call("explain_defect", args);
            },
        },
        new QuestionIntent
        {
            Name = "lanes_at_risk",
            Summary = "which lanes are most at risk of late departures in the coming days, and why",
            Cues =
            [
                new(@"\bat risk\b|\bat-risk\b|\brisk(y|ier|iest|s)?\b|\bin danger\b|\bjeopardy\b|\bvulnerable\b", 7),
                new(@"\b(likely|going|expected|about|set) to (be late|leave late|run late|miss|depart late|slip|fail|struggle)\b", 6),
                new(@"\b(watch|watch out|keep an eye|worry|worried|concern|concerned|trouble)\b", 3),
                new(@"\blanes?\b|\btrucks?\b|\blinehaul\b", 1),
                new(@"\blate\b|\bdepartures?\b|\bdelays?\b", 1),
            ],
            Examples =
            [
                "Which lanes are at risk of late departures this week?",
                "What lanes out of ORD2 are likely to run late in the next 3 days?",
                "Riskiest lanes in the East region next week",
                "Which lanes should we watch this week?",
            ],
            Plan = frame =>
            {
                var args = new Dictionary<string, object?>();
                if (frame.Sites.Count > 0) args["site"] = frame.Sites[0];
                else if (frame.Lanes.Count > 0) args["site"] = frame.Lanes[0].Split('-')[0];
                else if (frame.Regions.Count > 0) args["region"] = frame.Regions[0];
                // Only days ahead narrow the window: "this week" read as its days so far (history)
                // means the rest of the week here, which the default (7 days ahead) covers.
                if (frame.Dates is { } dates && frame.Annotated.Contains("<future", StringComparison.Ordinal))
                {
                    // "this week", "next 3 days": the window's end; the plugin starts after the history.
                    args["start"] = HistoryRange.Iso(dates.Start);
                    args["end"] = HistoryRange.Iso(dates.End);
                }

                if ((frame.Count ?? CountOfLanes(frame)) is { } count) args["count"] = Math.Clamp(count, 1, 50);
                return IntentPlan.Call("lanes_at_risk", args);
            },
        },
    ];

    /// <summary>The metric the question names: a defect metric, or volume.</summary>
    private static string? Metric(QuestionFrame frame) =>
        frame.Metric ?? (VolumeWords().IsMatch(frame.Text) ? "packages" : null);

    /// <summary>"the 10 lanes with the highest risk": a whole number just before "lanes".</summary>
    private static int? CountOfLanes(QuestionFrame frame) =>
        LanesCount().Match(frame.Text) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    private static Dictionary<string, object?> WithDates(QuestionFrame frame, Dictionary<string, object?> args)
    {
        if (frame.Dates is { } dates)
        {
            args["start"] = HistoryRange.Iso(dates.Start);
            args["end"] = HistoryRange.Iso(dates.End);
        }

        return args;
    }

    [GeneratedRegex(@"\b(\d{1,2}) (\w+ )?lanes\b", RegexOptions.IgnoreCase)]
    private static partial Regex LanesCount();

    [GeneratedRegex(@"\b(volumes?|packages?|parcels?|throughput|demand)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VolumeWords();
}
