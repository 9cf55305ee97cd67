using System.Collections.Concurrent;
using System.ComponentModel;
using System.Globalization;
using System.Runtime.CompilerServices;
using Assistant.Core;
using Assistant.Core.Store;
using Assistant.Optimization.Network;
using Assistant.Optimization.Solving;
using Assistant.Optimization.WhatIfs;
using Assistant.Plugins.Charts;
using Assistant.Plugins.Forecast;
using Assistant.Plugins.Questions;
using Microsoft.Extensions.AI;

namespace Assistant.Plugins.Capacity;

/// <summary>
/// Capacity planning through a MIP solver: the cheapest flow of packages through the network,
/// what-ifs re-solved against that baseline, why the plan looks as it does (what binds it, and
/// what it would cost to do without a site or lane), and truck and labor plans for the store's
/// lanes and sort centers. Plans either the store's network for a
/// period or a network file (JSON) named by the caller.
/// </summary>
public sealed class CapacityPlugin : IPlanningPlugin
{
    private static readonly SolveOptions Limits = new() { TimeLimit = TimeSpan.FromSeconds(20), RelativeGap = 1e-4 };

    private readonly INetworkStore _store;
    private readonly NetworkFiles _files;
    private readonly StoreFlowNetwork _storeNetwork;
    private readonly FlowPlanner _planner;
    private readonly WhatIfAnalysis _whatIfs;
    private readonly TruckPlanning _trucks;
    private readonly LaborPlanning _labor;

    // A what-if is judged against the baseline plan; solving it once per network keeps a run of
    // what-ifs fast. Networks are immutable, so the plan can hang off the network object itself.
    private readonly ConditionalWeakTable<FlowNetwork, FlowPlan> _baselines = new();
    private readonly ConcurrentDictionary<(object Catalog, DateOnly Last, string? Start, string? End), StoreFlowNetwork.Built> _storeNetworks = new();

    public CapacityPlugin(INetworkStore store, NetworkFiles files, ForecastPlugin forecasts, ISolver solver)
    {
        _store = store;
        _files = files;
        _storeNetwork = new StoreFlowNetwork(store, forecasts);
        _planner = new FlowPlanner(solver);
        _whatIfs = new WhatIfAnalysis(_planner);
        _trucks = new TruckPlanning(store, forecasts, solver);
        _labor = new LaborPlanning(store, forecasts, solver);
        Functions =
        [
            PluginFunction.Create(PlanNetwork, "plan_network", "The least-cost flow of packages from fulfillment centers (origins) through sort centers (hubs) to delivery stations (destinations), solved by a MIP solver (CBC): total cost split into transport and processing, how full each hub and origin is, the largest flows, the capacities that bind with what one more unit is worth, or the conflict when demand cannot be met. Plans a network file when `network` is given, else the store's network for a period (history, or the forecast for days ahead)."),
            PluginFunction.Create(WhatIf, "what_if", "Re-plan the network with changes and compare with the baseline plan: new total cost, the change, the largest flow changes, what binds, or why it becomes impossible. Changes: " + WhatIfChanges.Kinds + "."),
            PluginFunction.Create(TruckPlan, "truck_plan", "Linehaul truck plan for the store's lanes: whole trucks per lane per day to carry each lane's volume (the forecast for days ahead; for past days what it carried, compared with the trucks that actually ran) within trailer capacity at least cost, a package may wait a day at a penalty instead of riding a nearly empty truck, optionally consolidating through another site. Gives cost, trucks, trailer fill per lane and per day, waiting volume, and a chart."),
            PluginFunction.Create(LaborPlan, "labor_plan", "Labor plan for a sort center: people per shift per day to sort its volume (forecast ahead, actual in the past) at its units per labor hour, with overtime, a daily hiring limit and packages waiting for the next shift, at least cost (wages, overtime, hiring, waiting). Gives cost split, headcount per shift and day, hires, overtime, backlog, the assumptions and a chart."),
            PluginFunction.Create(ExplainPlan, "explain_plan", "Why the plan is what it is: the binding capacities with their shadow prices; or, for a site or a lane, the counterfactual: how much it carries and what the plan would cost without it (or why there would be no plan)."),
        ];
        Intents = CapacityQuestions.All;
    }

    public string Name => "capacity";

    public IReadOnlyList<AIFunction> Functions { get; }

    public IReadOnlyList<QuestionIntent> Intents { get; }

    public async Task<NetworkPlanResult> PlanNetwork(
        [Description("A network file, by its listed file name alone (such as three-region.json; never a path). Omit to plan the store's network.")] string? network = null,
        [Description("Store network only: first day of the period, yyyy-MM-dd (default: the last 7 days with history; days ahead use the forecast).")] string? start = null,
        [Description("Store network only: last day of the period, yyyy-MM-dd.")] string? end = null,
        CancellationToken cancellationToken = default)
    {
        var subject = await SubjectAsync(network, start, end, cancellationToken);
        var plan = Baseline(subject.Network, cancellationToken);
        return Describe(subject, plan);
    }

    public async Task<WhatIfOutcome> WhatIf(
        [Description("The changes to apply, in order.")] IReadOnlyList<WhatIfChange> changes,
        [Description("A network file, by its listed file name alone (such as three-region.json; never a path). Omit for the store's network.")] string? network = null,
        [Description("Store network only: first day of the period, yyyy-MM-dd.")] string? start = null,
        [Description("Store network only: last day of the period, yyyy-MM-dd.")] string? end = null,
        CancellationToken cancellationToken = default)
    {
        var subject = await SubjectAsync(network, start, end, cancellationToken);
        var catalog = subject.FromStore ? await _store.GetCatalogAsync(cancellationToken) : null;
        var edits = WhatIfChanges.ToEdits(changes, subject.Network, catalog);
        return Compare(subject, edits, cancellationToken);
    }

    public async Task<PlanExplanation> ExplainPlan(
        [Description("A site to explain (\"why do we use FC3?\"), or the lane's first site together with `to`. Omit for what binds the whole plan.")] string? site = null,
        [Description("The lane's other site (\"why FC3 for SC1?\": site FC3, to SC1).")] string? to = null,
        [Description("A network file, by its listed file name alone (such as three-region.json; never a path). Omit for the store's network.")] string? network = null,
        [Description("Store network only: first day of the period, yyyy-MM-dd.")] string? start = null,
        [Description("Store network only: last day of the period, yyyy-MM-dd.")] string? end = null,
        CancellationToken cancellationToken = default)
    {
        var subject = await SubjectAsync(network, start, end, cancellationToken);
        var plan = Baseline(subject.Network, cancellationToken);
        var binding = Binding(plan);
        if (string.IsNullOrWhiteSpace(site))
        {
            var summary = plan.TotalCost is null
                ? $"There is no feasible plan to explain: {Conflict(plan).FirstOrDefault() ?? plan.Message}"
                : binding.Count == 0
                    ? "No capacity binds the plan: every package takes its cheapest route, and the cost is set by the lane and processing costs alone."
                    : $"{binding.Count} capacit{(binding.Count == 1 ? "y binds" : "ies bind")} the plan; without {(binding.Count == 1 ? "it" : "them")} packages would take cheaper routes.";
            return new PlanExplanation(subject.Name, subject.Source, subject.Network.Unit, subject.Currency, "the plan", null,
                Round(plan.TotalCost), binding, null, summary, subject.Assumptions, Method(subject));
        }

        var change = string.IsNullOrWhiteSpace(to) ? new WhatIfChange("avoid", site) : new WhatIfChange("avoid", site, to);
        var edits = WhatIfChanges.ToEdits([change], subject.Network, null);
        var avoided = (AvoidUse)edits[0];
        var name = avoided.To is null ? avoided.Site : $"{avoided.Site}→{avoided.To}";
        var through = plan.HasPlan
            ? plan.Flows.Where(f => avoided.To is null
                    ? f.From.Equals(avoided.Site, StringComparison.OrdinalIgnoreCase) || (subject.Network.KindOf(avoided.Site) != FlowSiteKind.Origin && f.To.Equals(avoided.Site, StringComparison.OrdinalIgnoreCase))
                    : f.From.Equals(avoided.Site, StringComparison.OrdinalIgnoreCase) && f.To.Equals(avoided.To, StringComparison.OrdinalIgnoreCase))
                .Sum(f => f.Quantity)
            : (double?)null;
        var without = Compare(subject, edits, cancellationToken);
        var explanation = through is 0
            ? $"The plan does not use {name}."
            : without.Feasible
                ? $"The plan sends {Number(through ?? 0)} {subject.Network.Unit} through {name} because it is the cheapest way: without it the total cost would be {Money(subject, without.NewCost)} instead of {Money(subject, without.BaselineCost)} ({Signed(without.CostChange)}, {Signed(without.CostChangePct)}%)."
                : $"The plan needs {name}: without it there is no feasible plan ({string.Join("; ", without.Conflict)}).";
        return new PlanExplanation(subject.Name, subject.Source, subject.Network.Unit, subject.Currency, name, Round(through),
            Round(plan.TotalCost), binding, without, explanation, subject.Assumptions, Method(subject));
    }

    public Task<TruckPlanResult> TruckPlan(
        [Description("A site whose outbound lanes to plan, e.g. SEA4. Give site or lane.")] string? site = null,
        [Description("One lane, ORIGIN-DESTINATION, e.g. SEA4-GEG1.")] string? lane = null,
        [Description("First day, yyyy-MM-dd (default: the day after the last history day; past days plan on what happened).")] string? start = null,
        [Description("Last day, yyyy-MM-dd (default: 7 days from the start; at most 28 days).")] string? end = null,
        [Description("Let volume travel through another site when that is cheaper (default false).")] bool consolidation = false,
        [Description("What a package waiting a day costs, USD (default 0.5).")] double? carry_over_penalty_usd = null,
        CancellationToken cancellationToken = default)
        => _trucks.PlanAsync(site, lane, start, end, consolidation, carry_over_penalty_usd, cancellationToken);

    public Task<LaborPlanResult> LaborPlan(
        [Description("Sort center code, e.g. PDX2.")] string site,
        [Description("First day, yyyy-MM-dd (default: the day after the last history day; past days plan on what happened).")] string? start = null,
        [Description("Last day, yyyy-MM-dd (default: 7 days from the start; at most 28 days).")] string? end = null,
        [Description("Most people that can be hired a day (default 5% of today's headcount).")] int? max_hires_per_day = null,
        [Description("Most overtime hours per worker per shift (default 2).")] double? overtime_hours = null,
        CancellationToken cancellationToken = default)
        => _labor.PlanAsync(site, start, end, max_hires_per_day, overtime_hours, cancellationToken);

    private WhatIfOutcome Compare(Subject subject, IReadOnlyList<NetworkEdit> edits, CancellationToken cancellationToken)
    {
        var baseline = Baseline(subject.Network, cancellationToken);
        WhatIfResult result;
        try
        {
            result = _whatIfs.Run(subject.Network, edits, baseline, Limits with { CancellationToken = cancellationToken });
        }
        catch (FlowNetworkError error)
        {
            throw new InputError(error.Message);
        }

        var scenario = result.Scenario;
        var feasible = scenario.TotalCost is not null;
        var changes = result.LargestChanges
            .Select(c => new FlowChangeInfo(c.From, c.To, c.Class, Math.Round(c.Before), Math.Round(c.After), Math.Round(c.After - c.Before)))
            .ToList();
        var chart = feasible && baseline.TotalCost is { } before
            ? VegaLiteChart.Ranking("Total cost: baseline and what-if", [("Baseline", Math.Round(before, 2)), ("What-if", Math.Round(scenario.TotalCost!.Value, 2))], $"Total cost{(subject.Currency.Length > 0 ? $" ({subject.Currency})" : "")}")
            : VegaLiteChart.Ranking("Largest flow changes", changes.Select(c => ($"{c.From}→{c.To}", c.Change)), subject.Network.Unit);
        return new WhatIfOutcome(
            subject.Name, subject.Source, subject.Network.Unit, subject.Currency, result.Edits, scenario.Status.ToString(), feasible,
            Round(baseline.TotalCost), Round(scenario.TotalCost), Round(result.CostChange), result.CostChangePercent is { } pct ? Math.Round(pct, 1) : null,
            changes, Binding(scenario), Conflict(scenario), result.Summary,
            feasible && changes.Count == 0 ? "No flow moves: the baseline plan does not use what changed, so the cheapest plan stays as it is." : null,
            subject.Assumptions, Method(subject), chart);
    }

    private FlowPlan Baseline(FlowNetwork network, CancellationToken cancellationToken)
    {
        if (_baselines.TryGetValue(network, out var known))
        {
            return known;
        }

        var plan = _planner.Plan(network, Limits with { CancellationToken = cancellationToken });
        if (plan.Status != SolveStatus.Cancelled)
        {
            _baselines.AddOrUpdate(network, plan);
        }

        return plan;
    }

    private NetworkPlanResult Describe(Subject subject, FlowPlan plan)
    {
        var network = subject.Network;
        var hubs = plan.HubLoads.Select(h => new SiteLoad(h.Hub, Math.Round(h.Throughput), h.Capacity, Percent(h.Utilisation))).OrderByDescending(h => h.UtilisationPct ?? -1).ThenByDescending(h => h.Volume).ToList();
        var origins = plan.OriginLoads.Select(o => new SiteLoad(o.Origin, Math.Round(o.Shipped), o.Capacity, Percent(o.Utilisation))).OrderByDescending(o => o.UtilisationPct ?? -1).ThenByDescending(o => o.Volume).ToList();
        var largest = plan.Flows.OrderByDescending(f => f.Quantity).Take(8)
            .Select(f => new LaneFlowInfo(f.From, f.To, network.Classes.Count > 1 ? f.Class : null, Math.Round(f.Quantity)))
            .ToList();
        var demand = network.Destinations.Sum(d => d.Demand.Values.Sum());
        var chart = VegaLiteChart.Ranking(
            "Utilisation of hubs and origins (% of capacity)",
            hubs.Concat(origins).Where(s => s.UtilisationPct is not null).Select(s => (s.Site, s.UtilisationPct!.Value)),
            "% of capacity");
        return new NetworkPlanResult(
            subject.Name, subject.Source, network.Unit, subject.Currency, plan.Status.ToString(), plan.TotalCost is not null,
            Round(plan.TotalCost), Round(plan.TransportCost), Round(plan.ProcessingCost), plan.Gap is { } gap ? Math.Round(100 * gap, 3) : null, demand,
            hubs, origins, largest, plan.LaneLoads.Count(l => l.Total > 0.5), Binding(plan), Conflict(plan), plan.Message,
            subject.Assumptions, Method(subject), chart);
    }

    private async Task<Subject> SubjectAsync(string? network, string? start, string? end, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(network) && !network.Trim().Equals(StoreFlowNetwork.StoreName, StringComparison.OrdinalIgnoreCase))
        {
            if (!string.IsNullOrWhiteSpace(start) || !string.IsNullOrWhiteSpace(end))
            {
                // A network file is one period already; dates would be silently ignored.
                throw new InputError("A network file has no dates: its demand is the period it describes. Leave out start and end, or plan the store's network.");
            }

            var loaded = _files.Load(network);
            return new Subject(loaded.Name, loaded, $"the network file {Path.GetFileName(network.Trim())}", "", [], FromStore: false);
        }

        var catalog = await _store.GetCatalogAsync(cancellationToken);
        var window = await _store.GetHistoryWindowAsync(cancellationToken);
        var key = ((object)catalog, window?.Last ?? default, Blank(start), Blank(end));
        if (!_storeNetworks.TryGetValue(key, out var built))
        {
            built = await _storeNetwork.BuildAsync(start, end, cancellationToken);
            if (_storeNetworks.Count > 64)
            {
                _storeNetworks.Clear();
            }

            _storeNetworks[key] = built;
        }

        return new Subject(built.Network.Name, built.Network, built.Source, "USD", built.Assumptions, FromStore: true);
    }

    /// <summary>The binding capacities that matter most (largest shadow price first), at most five.</summary>
    private static IReadOnlyList<string> Binding(FlowPlan plan) =>
        plan.Binding.Zip(plan.BindingNotes)
            .OrderByDescending(pair => Math.Abs(pair.First.ShadowPrice ?? 0))
            .Take(5)
            .Select(pair => pair.Second)
            .ToList();

    private static IReadOnlyList<string> Conflict(FlowPlan plan) =>
        plan.Conflict is { Explained: true } conflict ? conflict.Violations.Select(v => v.Description).ToList()
        : plan.Conflict is { } unexplained ? [unexplained.Summary]
        : [];

    private static string Method(Subject subject) =>
        $"Least-cost flow solved as a linear program by Clp; when flows must be whole {subject.Network.Unit} and its optimum is not, by CBC's branch and cut: flow of each class is conserved at hubs, each destination receives its demand, origins, hubs and lanes stay within capacity. Binding capacities are those with no slack; their shadow prices are the linear program's duals, given only when it costs the same as the whole-unit plan. Data: {subject.Source}.";

    private static double? Percent(double? share) => share is { } s ? Math.Round(100 * s, 1) : null;

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 2) : null;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Number(double value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    private static string Money(Subject subject, double? value) =>
        value is not { } v ? "unknown" : subject.Currency == "USD" ? "$" + v.ToString("#,0", CultureInfo.InvariantCulture) : v.ToString("#,0.##", CultureInfo.InvariantCulture);

    private static string Signed(double? value) =>
        value is not { } v ? "?" : (v >= 0 ? "+" : "") + v.ToString("#,0.#", CultureInfo.InvariantCulture);

    private sealed record Subject(string Name, FlowNetwork Network, string Source, string Currency, IReadOnlyList<string> Assumptions, bool FromStore);
}
