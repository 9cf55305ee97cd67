using System.Globalization;
using Assistant.Core;
using Assistant.Core.History;
using Assistant.Core.Network;
using Assistant.Core.Store;
using Assistant.Defects;
using Assistant.Defects.RootCause;
using Assistant.Plugins.Network;

namespace Assistant.Plugins.Defects;

/// <summary>
/// Why a site's metric was unusual. The episode is the highest-scored run of flagged days in the
/// period (or the most unusual day when none is flagged), and the causes are looked for where a
/// planner would look:
/// <list type="bullet">
/// <item>volume: which lanes brought the extra (or missing) packages, and whether all lanes moved
/// together (the site itself) or one did (a shipper, an upstream site);</item>
/// <item>late departures: which outbound lanes left late, and whether volume was up;</item>
/// <item>missort rate and dwell: whether volume or the rate itself moved, and whether other sort
/// centers moved too (a network-wide cause) or only this one (a local cause).</item>
/// </list>
/// Lane baselines are the median of the same weekday over the four weeks before the episode, so
/// the explanation uses nothing from the episode itself to set expectations.
/// </summary>
public sealed class DefectCauses(INetworkStore store, DefectHistory history)
{
    private const int BaselineWeeks = 4;

    public async Task<DefectExplanation> ExplainAsync(string site, string? metric, string? start, string? end, CancellationToken cancellationToken)
    {
        var catalog = await store.GetCatalogAsync(cancellationToken);
        var found = PlaceResolver.Site(catalog, site);
        var window = await history.WindowAsync(cancellationToken);
        var range = HistoryRange.Resolve(start, end, window, defaultDays: 7);
        var signals = DefectHistory.SignalsOf(found);
        if (!string.IsNullOrWhiteSpace(metric))
        {
            var asked = DefectSignals.Parse(metric);
            if (!signals.Contains(asked))
            {
                throw new InputError($"{found.Code} is a {found.Kind.Describe()}; {asked.Describe()} is recorded at sort centers only.");
            }

            signals = [asked];
        }

        // The metric with the highest-scored day in the period, and its episode.
        (DefectSignal Signal, IReadOnlyList<ScoredDay> Days, ScoredDay Peak)? best = null;
        foreach (var signal in signals)
        {
            var days = await history.SiteAsync(found.Code, signal, window, cancellationToken);
            var peak = days.Where(d => d.Date >= range.Start && d.Date <= range.End && !double.IsNaN(d.Expected)).MaxBy(d => d.Score);
            if (peak is not null && (best is null || peak.Score > best.Value.Peak.Score))
            {
                best = (signal, days, peak);
            }
        }

        if (best is null)
        {
            throw new InputError($"There is no scored history for {found.Code} from {HistoryRange.Iso(range.Start)} to {HistoryRange.Iso(range.End)}.");
        }

        var (chosen, series, top) = best.Value;
        var episode = DailyAnomalies.Episodes(found.Code, chosen, series, range.Start, range.End)
            .OrderByDescending(e => e.PeakScore).FirstOrDefault();
        var anomalous = episode is not null;
        var from = episode?.Start ?? top.Date;
        var to = episode?.End ?? top.Date;
        var inEpisode = series.Where(d => d.Date >= from && d.Date <= to).ToList();
        var rate = chosen is DefectSignal.MissortRate or DefectSignal.DwellHours;
        var expected = rate ? inEpisode.Average(d => d.Expected) : inEpisode.Sum(d => d.Expected);
        var actual = rate ? inEpisode.Average(d => d.Value) : inEpisode.Sum(d => d.Value);
        double? change = Math.Abs(expected) > 1e-9 ? Math.Round(100 * (actual - expected) / Math.Abs(expected), 1) : null;

        var findings = new List<string>();
        var causes = new List<DefectCause>();
        var digits = chosen.Digits();
        var when = from == to ? $"on {DailyAnomalies.Day(from)}" : $"from {DailyAnomalies.Day(from)} to {DailyAnomalies.Day(to)}";
        findings.Add(anomalous
            ? $"{found.Code}'s {chosen.Describe()} was {(rate ? "" : "in total ")}{N(actual, digits)} {chosen.Unit()} {when} against {N(expected, digits)} expected{Change(change)}; the peak day scored {top.Score:0.00}."
            : $"Nothing in {found.Code}'s {DescribeSignals(signals)} was unusual from {DailyAnomalies.Day(range.Start)} to {DailyAnomalies.Day(range.End)}: the most unusual day, {DailyAnomalies.Day(top.Date)}, scored {top.Score:0.00}, under the {DailyAnomalies.Threshold:0.##} that flags a day ({chosen.Describe()} {N(top.Value, digits)} against {N(top.Expected, digits)} expected).");

        switch (chosen)
        {
            case DefectSignal.Packages:
                await LanesAsync(catalog, found, from, to, outbound: found.Kind == SiteKind.FulfillmentCenter, late: false, findings, causes, cancellationToken);
                break;
            case DefectSignal.LateDepartures:
                await LanesAsync(catalog, found, from, to, outbound: true, late: true, findings, causes, cancellationToken);
                await VolumeAsync(found, window, from, to, findings, causes, cancellationToken);
                break;
            default:
                await VolumeAsync(found, window, from, to, findings, causes, cancellationToken);
                await RateSplitAsync(found, chosen, series, window, from, to, findings, causes, cancellationToken);
                break;
        }

        if (chosen != DefectSignal.Packages || found.Kind == SiteKind.SortCenter)
        {
            await PeersAsync(catalog, found, chosen, window, from, to, findings, cancellationToken);
        }

        return new DefectExplanation(
            new ScopeInfo("site", found.Code, found.Name), chosen.Code(), chosen.Describe(), chosen.Unit(), from, to, to.DayNumber - from.DayNumber + 1,
            episode?.Kind ?? top.Kind, Math.Round(top.Score, 3), Math.Round(expected, digits), Math.Round(actual, digits), change, anomalous,
            findings, causes,
            $"The episode is the highest-scored run of flagged days (score ≥ {DailyAnomalies.Threshold:0.##}) in the period, each day scored against a robust weekly baseline from the days before it. Lane expectations are the median of the same weekday over the {BaselineWeeks} weeks before the episode; shares are of the total deviation (a lane moving against it has a negative share). Other sort centers are compared on the same days with the same detector.",
            range.Notes,
            DefectsPlugin.Chart(found.Code, chosen, series, range.Start < from ? range.Start : from, range.End > to ? range.End : to));
    }

    /// <summary>Which lanes carried the deviation: packages in or out, or trucks that left late.</summary>
    private async Task LanesAsync(NetworkCatalog catalog, Site site, DateOnly from, DateOnly to, bool outbound, bool late,
        List<string> findings, List<DefectCause> causes, CancellationToken cancellationToken)
    {
        var lanes = (outbound ? catalog.LanesFrom(site.Code) : catalog.LanesInto(site.Code)).ToList();
        if (lanes.Count == 0)
        {
            return;
        }

        var readings = new List<MemberReading>();
        foreach (var lane in lanes)
        {
            var days = await store.GetLaneDaysAsync(lane.Id, from.AddDays(-7 * BaselineWeeks), to, cancellationToken);
            double Of(LaneDay d) => late ? d.LateDepartures : d.Packages;
            double expected = 0, actual = 0;
            for (var day = from; day <= to; day = day.AddDays(1))
            {
                var same = days.Where(d => d.Date < from && d.Date.DayOfWeek == day.DayOfWeek).Select(Of).ToList();
                expected += same.Count == 0 ? 0 : RobustStatistics.Median(same.ToArray());
                actual += days.Where(d => d.Date == day).Select(Of).FirstOrDefault();
            }

            readings.Add(new MemberReading(lane.Id, expected, actual));
        }

        var report = ContributionAnalysis.Analyse(readings);
        var unit = late ? "late trucks" : "packages";
        var dimension = late ? "outbound lane" : outbound ? "outbound lane" : "inbound lane";
        causes.AddRange(report.Members.Select(m => new DefectCause(dimension, m.Member, Math.Round(m.Expected, 1), Math.Round(m.Actual, 1), Math.Round(m.Deviation, 1), Math.Round(100 * m.Share, 1))));
        if (Math.Abs(report.Deviation) < 0.5)
        {
            findings.Add($"Its {dimension}s carried {N(report.Actual, 0)} {unit} against {N(report.Expected, 0)} expected: no lane stands out.");
            return;
        }

        var statement = ContributionStatement.Describe(report, dimension, unit);
        findings.Add(char.ToUpperInvariant(statement[0]) + statement[1..]);
        var sameWay = report.Members.Count(m => Math.Sign(m.Deviation) == Math.Sign(report.Deviation)
            && Math.Abs(m.Deviation) >= 0.2 * Math.Max(1, Math.Abs(m.Expected)));
        if (!late && lanes.Count >= 3 && sameWay >= 0.75 * lanes.Count)
        {
            findings.Add($"{sameWay} of its {lanes.Count} {dimension}s moved the same way by a fifth or more: the cause is at {site.Code} itself (an outage, a closure, its own demand), not one lane or shipper.");
        }
        else if (report.Members.Count > 0 && report.Members[0].Share >= 0.5)
        {
            findings.Add($"Most of it is one lane, {report.Members[0].Member}: look at what changed on that lane or at {(outbound ? LaneEnd(report.Members[0].Member, 1) : LaneEnd(report.Members[0].Member, 0))}.");
        }
    }

    /// <summary>Whether volume at the site was out of line on the episode's days.</summary>
    private async Task VolumeAsync(Site site, HistoryWindow window, DateOnly from, DateOnly to,
        List<string> findings, List<DefectCause> causes, CancellationToken cancellationToken)
    {
        var volume = (await history.SiteAsync(site.Code, DefectSignal.Packages, window, cancellationToken))
            .Where(d => d.Date >= from && d.Date <= to).ToList();
        if (volume.Count == 0)
        {
            return;
        }

        var expected = volume.Sum(d => d.Expected);
        var actual = volume.Sum(d => d.Value);
        var change = expected > 0 ? 100 * (actual - expected) / expected : 0;
        var flagged = volume.Any(d => d.Score >= DailyAnomalies.Threshold);
        causes.Add(new DefectCause("volume", site.Code, Math.Round(expected), Math.Round(actual), Math.Round(actual - expected), 0));
        findings.Add(flagged || Math.Abs(change) >= 15
            ? $"Volume at {site.Code} was unusual too: {N(actual, 0)} packages against {N(expected, 0)} expected ({Signed(change)}%), which can explain part of it."
            : $"Volume at {site.Code} was ordinary ({N(actual, 0)} packages against {N(expected, 0)} expected, {Signed(change)}%), so the cause is not extra volume.");
    }

    /// <summary>For a rate (missorts, dwell): how much of the excess comes from the rate itself.</summary>
    private async Task RateSplitAsync(Site site, DefectSignal signal, IReadOnlyList<ScoredDay> series, HistoryWindow window, DateOnly from, DateOnly to,
        List<string> findings, List<DefectCause> causes, CancellationToken cancellationToken)
    {
        if (signal != DefectSignal.MissortRate)
        {
            return;
        }

        // Missorted packages = packages × rate: split the extra into more volume at the usual rate
        // and the higher rate on the volume there was.
        var volume = (await history.SiteAsync(site.Code, DefectSignal.Packages, window, cancellationToken)).ToDictionary(d => d.Date);
        double volumeEffect = 0, rateEffect = 0, expectedMissorts = 0, actualMissorts = 0;
        foreach (var day in series.Where(d => d.Date >= from && d.Date <= to))
        {
            if (!volume.TryGetValue(day.Date, out var packages))
            {
                continue;
            }

            volumeEffect += (packages.Value - packages.Expected) * day.Expected / 100;
            rateEffect += packages.Value * (day.Value - day.Expected) / 100;
            expectedMissorts += packages.Expected * day.Expected / 100;
            actualMissorts += packages.Value * day.Value / 100;
        }

        var total = volumeEffect + rateEffect;
        if (Math.Abs(total) < 0.5)
        {
            return;
        }

        var report = ContributionAnalysis.Analyse(
        [
            new MemberReading("higher missort rate", 0, rateEffect),
            new MemberReading("more volume", 0, volumeEffect),
        ]);
        causes.AddRange(report.Members.Select(m => new DefectCause("driver", m.Member, 0, Math.Round(m.Actual), Math.Round(m.Deviation), Math.Round(100 * m.Share, 1))));
        findings.Add($"About {N(actualMissorts, 0)} packages were missorted against {N(expectedMissorts, 0)} expected; {Math.Round(100 * rateEffect / total):0}% of the {N(total, 0)} extra come from the rate itself and {Math.Round(100 * volumeEffect / total):0}% from volume.");
    }

    /// <summary>Whether other sort centers (or other sites of the same kind) moved on the same days.</summary>
    private async Task PeersAsync(NetworkCatalog catalog, Site site, DefectSignal signal, HistoryWindow window, DateOnly from, DateOnly to,
        List<string> findings, CancellationToken cancellationToken)
    {
        var peers = catalog.Sites.Where(s => s.Kind == site.Kind && s.Code != site.Code).ToList();
        if (peers.Count == 0)
        {
            return;
        }

        var moved = new List<string>();
        foreach (var peer in peers)
        {
            var days = await history.SiteAsync(peer.Code, signal, window, cancellationToken);
            if (days.Any(d => d.Date >= from && d.Date <= to && d.Score >= DailyAnomalies.Threshold))
            {
                moved.Add(peer.Code);
            }
        }

        var kind = site.Kind.Describe() + "s";
        findings.Add(moved.Count == 0
            ? $"No other of the {peers.Count} {kind} had unusual {signal.Describe()} on those days: the cause is local to {site.Code}{LocalHint(signal)}."
            : moved.Count >= Math.Max(2, peers.Count / 3)
                ? $"{moved.Count} of the other {peers.Count} {kind} moved too ({string.Join(", ", moved.Take(5))}): look for a network-wide cause (weather, a carrier, a system change)."
                : $"Only {string.Join(", ", moved)} of the other {peers.Count} {kind} moved too, so the cause is mostly local to {site.Code}{LocalHint(signal)}.");
    }

    private static string LocalHint(DefectSignal signal) => signal switch
    {
        DefectSignal.MissortRate => " (its sort plan, labels, staffing or equipment)",
        DefectSignal.DwellHours => " (its sort speed: equipment, staffing or a backlog)",
        DefectSignal.LateDepartures => " (its carriers, docks or loading)",
        _ => "",
    };

    private static string LaneEnd(string laneId, int part) => laneId.Split('-') is { Length: 2 } ends ? ends[part] : laneId;

    private static string DescribeSignals(IReadOnlyList<DefectSignal> signals) =>
        signals.Count == 1 ? signals[0].Describe() : "volume and defect metrics";

    private static string N(double value, int digits) => DailyAnomalies.Number(value, digits);

    private static string Signed(double value) => (value >= 0 ? "+" : "") + value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Change(double? change) => change is { } c ? $" ({Signed(c)}%)" : "";
}
