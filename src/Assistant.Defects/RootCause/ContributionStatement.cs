using System.Globalization;
using System.Text;

namespace Assistant.Defects.RootCause;

/// <summary>
/// A contribution report in a planner's words: "12,800 packages against 11,600 expected (+1,200,
/// +10.3%). lane BFI3→DS12 accounts for 64% of the +1,200 packages above expected (2,768 vs
/// 2,000); lane SEA4→DS03 for 25% (...)." Deliberately plain; the chat layer adds the context.
/// </summary>
public static class ContributionStatement
{
    public static string Describe(ContributionReport report, string dimension = "member", string unit = "units", int top = 3)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Number(report.Actual)} {unit} against {Number(report.Expected)} expected");
        if (report.Deviation == 0)
        {
            text.Append(": on expectation in total.");
            var movers = report.Members.Where(m => m.Deviation != 0).Take(top).ToList();
            if (movers.Count > 0)
            {
                text.Append(" Members moved but cancelled out: ");
                text.Append(string.Join("; ", movers.Select(m => $"{dimension} {m.Member} {Signed(m.Deviation)}")));
                text.Append('.');
            }

            return text.ToString();
        }

        var relative = report.Expected != 0 ? $", {Signed(100 * report.Deviation / Math.Abs(report.Expected), "0.0")}%" : "";
        text.Append(CultureInfo.InvariantCulture, $" ({Signed(report.Deviation)}{relative}). ");
        var side = report.Deviation > 0 ? "above" : "below";
        var drivers = report.Members.Where(m => m.Share > 0).Take(top).ToList();
        for (var i = 0; i < drivers.Count; i++)
        {
            var m = drivers[i];
            var detail = $"({Number(m.Actual)} vs {Number(m.Expected)})";
            text.Append(i == 0
                ? $"{dimension} {m.Member} accounts for {Percent(m.Share)} of the {Signed(report.Deviation)} {unit} {side} expected {detail}"
                : $"; {dimension} {m.Member} for {Percent(m.Share)} {detail}");
        }

        text.Append('.');
        var offset = report.Members.LastOrDefault(m => m.Share < 0);
        if (offset is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $" {dimension} {offset.Member} went the other way ({Signed(offset.Deviation)}).");
        }

        return text.ToString();
    }

    private static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static string Number(double value) =>
        value.ToString(Math.Abs(value) >= 100 || value == Math.Round(value) ? "#,##0" : "#,##0.##", CultureInfo.InvariantCulture);

    private static string Signed(double value) => (value > 0 ? "+" : value < 0 ? "-" : "") + Number(Math.Abs(value));

    private static string Signed(double value, string format) =>
        (value > 0 ? "+" : value < 0 ? "-" : "") + Math.Abs(value).ToString(format, CultureInfo.InvariantCulture);
}
