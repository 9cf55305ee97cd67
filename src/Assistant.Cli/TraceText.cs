using System.Globalization;
using System.Text;
using Assistant.Agent.Loop;

namespace Assistant.Cli;

/// <summary>The --trace form: one block per tool call, then the totals.</summary>
public static class TraceText
{
    public static string Render(AgentAnswer answer)
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"How I got this ({answer.Brain} brain, {answer.ToolCalls.Count} tool call(s), {answer.ElapsedMs:0.0} ms):");
        foreach (var call in answer.ToolCalls)
        {
            text.AppendLine(c, $"  - {call.Tool} {call.ArgumentsJson} -> {call.Outcome} in {call.DurationMs:0.0} ms");
            var result = call.ResultJson.Length > 400 ? call.ResultJson[..400] + "…" : call.ResultJson;
            text.AppendLine(c, $"    {result}");
        }

        return text.ToString();
    }
}
