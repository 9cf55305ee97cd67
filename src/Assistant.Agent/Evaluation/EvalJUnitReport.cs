using System.Globalization;
using System.Xml.Linq;

namespace Assistant.Agent.Evaluation;

/// <summary>
/// The report as JUnit XML, the format CI systems read: one testsuite per suite, one testcase per
/// case (classname = suite, name = case id), a failure element with the reason when it failed.
/// </summary>
public static class EvalJUnitReport
{
    public static string Render(EvalReport report)
    {
        var suites = report.BySuite.Select(suite =>
        {
            var cases = suite.ToList();
            return new XElement("testsuite",
                new XAttribute("name", suite.Key),
                new XAttribute("tests", cases.Count),
                new XAttribute("failures", cases.Count(c => !c.Passed)),
                new XAttribute("errors", 0),
                new XAttribute("skipped", 0),
                new XAttribute("time", Seconds(cases.Sum(c => c.Runs.Sum(r => r.ElapsedMs)))),
                new XAttribute("file", cases[0].File),
                cases.Select(Case));
        }).ToList();
        var document = new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement("testsuites",
                new XAttribute("name", $"assistant eval ({report.Brain})"),
                new XAttribute("tests", report.Cases.Count),
                new XAttribute("failures", report.Cases.Count(c => !c.Passed)),
                new XAttribute("errors", 0),
                new XAttribute("time", Seconds(report.WallSeconds * 1000)),
                suites));
        return document.Declaration + Environment.NewLine + document.ToString();
    }

    private static XElement Case(EvalCaseResult result)
    {
        var element = new XElement("testcase",
            new XAttribute("classname", result.Suite),
            new XAttribute("name", result.Case.Id),
            new XAttribute("time", Seconds(result.Runs.Sum(r => r.ElapsedMs))));
        if (!result.Passed)
        {
            var details = string.Join(Environment.NewLine, result.Runs.Where(r => !r.Passed).Select(r =>
                $"run {r.Attempt}: {r.FailureReason}{Environment.NewLine}  asked: {string.Join(" → ", result.Case.Turns)}"
                + (r.Turns.Count > 0 ? $"{Environment.NewLine}  answer: {r.Turns[^1].Answer.Text}" : "")));
            element.Add(new XElement("failure",
                new XAttribute("message", result.FailureReason),
                new XAttribute("type", "EvalFailure"),
                details));
        }

        return element;
    }

    private static string Seconds(double milliseconds) => (milliseconds / 1000).ToString("0.000", CultureInfo.InvariantCulture);
}
