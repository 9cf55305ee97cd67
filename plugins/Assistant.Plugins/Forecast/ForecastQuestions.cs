using Assistant.Plugins.Questions;

namespace Assistant.Plugins.Forecast;

/// <summary>The forecast questions the offline brain learns from this plugin.</summary>
public static class ForecastQuestions
{
    public static readonly IReadOnlyList<QuestionIntent> All =
    [
        new QuestionIntent
        {
            Name = "forecast_volume",
            Summary = "how many packages a site, lane, region or the network will get in the days ahead",
            Cues =
            [
                new(@"\b(forecast|forecasts|forecasted|predict|predicted|prediction|projected|projection|outlook|expect|expected|anticipate)\b", 3),
                new(@"\bwill\b|\bgoing to\b|\bgonna\b", 1.5),
                new(@"<future>", 2.5),
                new(@"\b(volume|packages?|parcels?|units|get|receive|handle|ship)\b", 1),
            ],
            Examples =
            [
                "How many packages will SEA4 get next week?",
                "Forecast for PDX2 over the next 14 days",
                "What volume do we expect at BFI3 tomorrow?",
                "Projected volume for the West region next month",
            ],
            Plan = frame =>
            {
                var calls = new List<ToolRequest>();
                foreach (var lane in frame.Lanes) calls.Add(Call(frame, "lane", lane));
                foreach (var site in frame.Sites) calls.Add(Call(frame, "site", site));
                foreach (var region in frame.Regions) calls.Add(Call(frame, "region", region));
                if (calls.Count == 0) calls.Add(Call(frame, null, null));
                return IntentPlan.CallEach(calls);
            },
        },
        new QuestionIntent
        {
            Name = "forecast_breakdown",
            Summary = "a forecast split into parts that add up: the network by region, station or lane; a region by station or lane; a station by lane",
            Cues =
            [
                new(@"\b(break ?down|breaking down|broken down|break (it|this|that|them|the \w+( forecast)?) down|split|splits|splitting|add up|adds up|sum up)\b", 6),
                // "by site" only counts for the days ahead; "volume by site last week" is history.
                new(@"(\b(forecast|predict|expect|expected|will|projected)\b|<future>).*\b(by|per|for each|each|across)\s+(region|site|station|delivery station|lane|inbound lane|ds)s?\b|\b(by|per|for each|each|across)\s+(region|site|station|delivery station|lane|inbound lane|ds)s?\b.*(\b(forecast|predict|expect|expected|will|projected)\b|<future>)", 7),
            ],
            Examples =
            [
                "Break down next week's network forecast by region",
                "Forecast for the West region by delivery station",
                "Split the GEG1 forecast by inbound lane",
                "How will next week's volume split across regions?",
            ],
            Plan = frame =>
            {
                var args = new Dictionary<string, object?>();
                if (frame.Sites.Count > 0) args["site"] = frame.Sites[0];
                else if (frame.Regions.Count > 0) args["region"] = frame.Regions[0];
                if (BreakdownLevel(frame.Text) is { } by) args["by"] = by;
                if (frame.Dates is { } dates)
                {
                    args["start"] = HistoryRange.Iso(dates.Start);
                    args["end"] = HistoryRange.Iso(dates.End);
                }

                return IntentPlan.Call("forecast_breakdown", args);
            },
        },
        new QuestionIntent
        {
            Name = "forecast_hourly",
            Summary = "an hour-by-hour forecast of a sort center for a day ahead",
            Cues =
            [
                // Hourly and forward-looking together; "hourly profile" alone is the history intent.
                new(@"\b(hourly|per hour|by hour|each hour|hour by hour)\b.*(\b(forecast|predict|expect|will|projected)\b|<future>)|(\b(forecast|predict|expect|will|projected)\b|<future>).*\b(hourly|per hour|by hour|each hour|hour by hour)\b", 7.5),
            ],
            Examples =
            [
                "Hourly forecast for PDX2 tomorrow",
                "How many packages per hour will SEA4 sort on Monday?",
            ],
            Plan = frame =>
            {
                if (frame.Sites.Count == 0)
                {
                    return IntentPlan.Ask("Which sort center? For example \"hourly forecast for PDX2 tomorrow\".");
                }

                var args = new Dictionary<string, object?> { ["site"] = frame.Sites[0] };
                if (frame.Dates is { } dates) args["date"] = HistoryRange.Iso(dates.Start);
                return IntentPlan.Call("forecast_hourly", args);
            },
        },
        new QuestionIntent
        {
            Name = "explain_forecast",
            Summary = "why the forecast for a day is high or low (weekday, calendar events, trend)",
            Cues =
            [
                // "Why" about a day ahead; "why" about the past belongs to the defect questions.
                new(@"\bwhy\b.*<future>|<future>.*\bwhy\b", 6),
                new(@"\b(explain|what drives|reason for)\b.*\bforecast|\bforecast\b.*\bexplain", 6),
                new(@"\b(so )?(high|low|busy|quiet|big|small)\b", 1),
            ],
            Examples =
            [
                "Why is next Monday so high?",
                "Explain the forecast for SEA4 on Black Friday",
                "Why will PDX2 be quiet on Thursday?",
            ],
            Plan = frame =>
            {
                if (frame.Dates is not { } dates)
                {
                    return IntentPlan.Ask("Which day should I explain? For example \"why is next Monday so high at SEA4?\".");
                }

                var args = new Dictionary<string, object?> { ["date"] = HistoryRange.Iso(dates.Start) };
                if (frame.Lanes.Count > 0) args["lane"] = frame.Lanes[0];
                else if (frame.Sites.Count > 0) args["site"] = frame.Sites[0];
                else if (frame.Regions.Count > 0) args["region"] = frame.Regions[0];
                return IntentPlan.Call("explain_forecast", args);
            },
        },
        new QuestionIntent
        {
            Name = "forecast_accuracy",
            Summary = "how accurate the volume forecasts are (backtest error) for a site, lane, region or the network",
            Cues =
            [
                new(@"\b(accurate|accuracy|wape|mape|backtest|backtested|reliable|reliability|trust|error|errors|error rate|how good|how far off)\b", 5),
                new(@"\bforecasts?\b", 1),
            ],
            Examples =
            [
                "How accurate is the BFI3 forecast?",
                "Forecast accuracy for the network",
                "What is the backtest WAPE for SEA4?",
            ],
            Plan = frame =>
            {
                var args = new Dictionary<string, object?>();
                if (frame.Lanes.Count > 0) args["lane"] = frame.Lanes[0];
                else if (frame.Sites.Count > 0) args["site"] = frame.Sites[0];
                else if (frame.Regions.Count > 0) args["region"] = frame.Regions[0];
                if (frame.Dates is { } dates && dates.Days is >= 1 and <= 90) args["days"] = dates.Days;
                return IntentPlan.Call("forecast_accuracy", args);
            },
        },
    ];

    /// <summary>The level a breakdown question names ("by region", "per lane", "across stations", "which lanes"), if any.</summary>
    private static string? BreakdownLevel(string text)
    {
        var match = System.Text.RegularExpressions.Regex.Match(text.ToLowerInvariant(), @"\b(by|per|for each|each|across|into|between|which)\s+(?:the\s+|its\s+|their\s+)?(region|site|station|delivery station|lane|inbound lane|ds)s?\b");
        return match.Success
            ? match.Groups[2].Value switch
            {
                "region" => "region",
                "lane" or "inbound lane" => "lane",
                _ => "site",
            }
            : null;
    }

    private static ToolRequest Call(QuestionFrame frame, string? key, string? value)
    {
        var args = new Dictionary<string, object?>();
        if (key is not null) args[key] = value;
        if (frame.Dates is { } dates)
        {
            args["start"] = HistoryRange.Iso(dates.Start);
            args["end"] = HistoryRange.Iso(dates.End);
        }

        return new ToolRequest("forecast_volume", args);
    }
}
