using System.Text.Json.Nodes;

namespace Assistant.Plugins.Charts;

/// <summary>
/// Small Vega-Lite (v5) specs for plugin results. The browser renders them with vega-embed;
/// other agents may render them too, so each spec carries its data inline and a title.
/// </summary>
public static class VegaLiteChart
{
    private const string Schema = "https://vega.github.io/schema/vega-lite/v5.json";

    /// <summary>A daily series: bars for a few weeks or less, a line beyond that.</summary>
    public static JsonObject DailySeries(string title, IEnumerable<(DateOnly Date, double Value)> points, string valueTitle)
    {
        var values = new JsonArray();
        var count = 0;
        foreach (var (date, value) in points)
        {
            values.Add(new JsonObject { ["date"] = date.ToString("yyyy-MM-dd"), ["value"] = value });
            count++;
        }

        var mark = count <= 31
            ? new JsonObject { ["type"] = "bar", ["tooltip"] = true }
            : new JsonObject { ["type"] = "line", ["tooltip"] = true, ["point"] = count <= 120 };
        return new JsonObject
        {
            ["$schema"] = Schema,
            ["title"] = title,
            ["width"] = "container",
            ["height"] = 220,
            ["data"] = new JsonObject { ["values"] = values },
            ["mark"] = mark,
            ["encoding"] = new JsonObject
            {
                ["x"] = new JsonObject { ["field"] = "date", ["type"] = count <= 31 ? "ordinal" : "temporal", ["title"] = "Date" },
                ["y"] = new JsonObject { ["field"] = "value", ["type"] = "quantitative", ["title"] = valueTitle },
            },
        };
    }

    /// <summary>Horizontal bars, largest first: a ranking.</summary>
    public static JsonObject Ranking(string title, IEnumerable<(string Label, double Value)> items, string valueTitle)
    {
        var values = new JsonArray();
        foreach (var (label, value) in items)
        {
            values.Add(new JsonObject { ["label"] = label, ["value"] = value });
        }

        return new JsonObject
        {
            ["$schema"] = Schema,
            ["title"] = title,
            ["width"] = "container",
            ["data"] = new JsonObject { ["values"] = values },
            ["mark"] = new JsonObject { ["type"] = "bar", ["tooltip"] = true },
            ["encoding"] = new JsonObject
            {
                ["y"] = new JsonObject { ["field"] = "label", ["type"] = "nominal", ["title"] = null, ["sort"] = "-x" },
                ["x"] = new JsonObject { ["field"] = "value", ["type"] = "quantitative", ["title"] = valueTitle },
            },
        };
    }

    /// <summary>24 hourly bars.</summary>
    public static JsonObject Hourly(string title, IEnumerable<(int Hour, double Value)> hours, string valueTitle)
    {
        var values = new JsonArray();
        foreach (var (hour, value) in hours)
        {
            values.Add(new JsonObject { ["hour"] = hour, ["value"] = value });
        }

        return new JsonObject
        {
            ["$schema"] = Schema,
            ["title"] = title,
            ["width"] = "container",
            ["height"] = 200,
            ["data"] = new JsonObject { ["values"] = values },
            ["mark"] = new JsonObject { ["type"] = "bar", ["tooltip"] = true },
            ["encoding"] = new JsonObject
            {
                ["x"] = new JsonObject { ["field"] = "hour", ["type"] = "ordinal", ["title"] = "Hour of day" },
                ["y"] = new JsonObject { ["field"] = "value", ["type"] = "quantitative", ["title"] = valueTitle },
            },
        };
    }

    /// <summary>Recent history as a grey line, the forecast as a blue line over its 80% band.</summary>
    public static JsonObject Forecast(
        string title, IEnumerable<(DateOnly Date, double Value)> history,
        IEnumerable<(DateOnly Date, double Mean, double Lower, double Upper)> forecast, string valueTitle)
    {
        var values = new JsonArray();
        foreach (var (date, value) in history)
        {
            values.Add(new JsonObject { ["date"] = date.ToString("yyyy-MM-dd"), ["value"] = value, ["series"] = "history" });
        }

        foreach (var (date, mean, lower, upper) in forecast)
        {
            values.Add(new JsonObject { ["date"] = date.ToString("yyyy-MM-dd"), ["value"] = mean, ["lower"] = lower, ["upper"] = upper, ["series"] = "forecast" });
        }

        JsonObject X() => new() { ["field"] = "date", ["type"] = "temporal", ["title"] = "Date" };
        return new JsonObject
        {
            ["$schema"] = Schema,
            ["title"] = title,
            ["width"] = "container",
            ["height"] = 240,
            ["data"] = new JsonObject { ["values"] = values },
            ["layer"] = new JsonArray
            {
                new JsonObject
                {
                    ["transform"] = new JsonArray { new JsonObject { ["filter"] = "datum.series == 'forecast'" } },
                    ["mark"] = new JsonObject { ["type"] = "area", ["opacity"] = 0.25, ["color"] = "#4c78a8" },
                    ["encoding"] = new JsonObject
                    {
                        ["x"] = X(),
                        ["y"] = new JsonObject { ["field"] = "lower", ["type"] = "quantitative", ["title"] = valueTitle },
                        ["y2"] = new JsonObject { ["field"] = "upper" },
                    },
                },
                new JsonObject
                {
                    ["mark"] = new JsonObject { ["type"] = "line", ["point"] = true, ["tooltip"] = true },
                    ["encoding"] = new JsonObject
                    {
                        ["x"] = X(),
                        ["y"] = new JsonObject { ["field"] = "value", ["type"] = "quantitative", ["title"] = valueTitle },
                        ["color"] = new JsonObject
                        {
                            ["field"] = "series", ["type"] = "nominal", ["title"] = null,
                            ["scale"] = new JsonObject { ["domain"] = new JsonArray("history", "forecast"), ["range"] = new JsonArray("#9e9e9e", "#4c78a8") },
                        },
                    },
                },
            },
        };
    }

    /// <summary>A series with its expected band (the baseline's bounds) and its flagged days in red.</summary>
    public static JsonObject Anomalies(
        string title, IEnumerable<(DateOnly Date, double Value, double Expected, double Lower, double Upper, bool Flagged)> days, string valueTitle)
    {
        var values = new JsonArray();
        foreach (var (date, value, expected, lower, upper, flagged) in days)
        {
            values.Add(new JsonObject
            {
                ["date"] = date.ToString("yyyy-MM-dd"), ["value"] = value, ["expected"] = expected,
                ["lower"] = lower, ["upper"] = upper, ["flagged"] = flagged,
            });
        }

        JsonObject X() => new() { ["field"] = "date", ["type"] = "temporal", ["title"] = "Date" };
        JsonObject Y(string field) => new() { ["field"] = field, ["type"] = "quantitative", ["title"] = valueTitle };
        return new JsonObject
        {
            ["$schema"] = Schema,
            ["title"] = title,
            ["width"] = "container",
            ["height"] = 240,
            ["data"] = new JsonObject { ["values"] = values },
            ["layer"] = new JsonArray
            {
                new JsonObject
                {
                    ["mark"] = new JsonObject { ["type"] = "area", ["opacity"] = 0.2, ["color"] = "#4c78a8" },
                    ["encoding"] = new JsonObject { ["x"] = X(), ["y"] = Y("lower"), ["y2"] = new JsonObject { ["field"] = "upper" } },
                },
                new JsonObject
                {
                    ["mark"] = new JsonObject { ["type"] = "line", ["strokeDash"] = new JsonArray(4, 3), ["color"] = "#4c78a8" },
                    ["encoding"] = new JsonObject { ["x"] = X(), ["y"] = Y("expected") },
                },
                new JsonObject
                {
                    ["mark"] = new JsonObject { ["type"] = "line", ["color"] = "#555555", ["point"] = true, ["tooltip"] = true },
                    ["encoding"] = new JsonObject { ["x"] = X(), ["y"] = Y("value") },
                },
                new JsonObject
                {
                    ["transform"] = new JsonArray { new JsonObject { ["filter"] = "datum.flagged" } },
                    ["mark"] = new JsonObject { ["type"] = "point", ["filled"] = true, ["size"] = 90, ["color"] = "#d62728", ["tooltip"] = true },
                    ["encoding"] = new JsonObject { ["x"] = X(), ["y"] = Y("value") },
                },
            },
        };
    }
}
