using Assistant.Optimization.Modelling;

namespace Assistant.Optimization.Linehaul;

/// <summary>
/// The mixed-integer model of one batch of lanes (see <see cref="IndependentLaneGroups"/>):
/// <list type="bullet">
/// <item>trucks[l, t] integer ≥ 0: departures on lane l on day t, bounded above by the trailers the
/// volume that could ride the lane by day t would fill (more is never useful, and the tight bound
/// helps CBC), and by the lane's MaxTrucksPerDay as a named constraint so that an infeasible plan
/// can say which day needs more trucks;</item>
/// <item>sent[r, t] ≥ 0: a demand's packages leaving on day t by route r (direct, or via a hub with
/// both legs on day t: a simplification, real consolidation adds a day at the hub);</item>
/// <item>waiting[p, t] ≥ 0: the pair's packages still waiting after day t:
/// waiting[t] = waiting[t−1] + volume[t] − Σ_r sent[r, t];</item>
/// <item>trailer space: Σ sent on lane l on day t ≤ capacity × trucks[l, t];</item>
/// <item>nothing waits after the last day unless the request allows it.</item>
/// </list>
/// Cost = Σ cost per truck × trucks + penalty × Σ waiting (package-days) + handling × Σ sent via hubs.
/// <para>
/// Without more, the LP relaxation runs fractional trucks exactly as full as the volume and
/// promises costs no plan reaches; CBC then spends minutes closing the gap even for 50 lanes. So
/// the model also carries the trucking lot-sizing cuts (see <see cref="AddIntervalCuts"/>), which
/// are valid for every plan and make the relaxation nearly integral.
/// </para>
/// Constraint names are what a planner reads in explanations: "lane SEA4-GEG1 trucks on day 3".
/// </summary>
internal sealed class TruckPlanModel
{
    private readonly TruckPlanRequest request;
    private readonly bool intervalCuts;

    private TruckPlanModel(TruckPlanRequest request, IndependentLaneGroups.Batch batch, int number, bool intervalCuts)
    {
        this.request = request;
        this.intervalCuts = intervalCuts;
        Batch = batch;
        Model = new Model($"truck plan {number}");
    }

    public IndependentLaneGroups.Batch Batch { get; }

    public Model Model { get; }

    /// <summary>trucks[lane][day], null where nothing could ride the lane that day.</summary>
    public Dictionary<int, Variable?[]> Trucks { get; } = [];

    /// <summary>Each route of the batch's demands with its packages sent per day (null where none can be).</summary>
    public List<(TruckRoute Route, Variable?[] Sent)> Sent { get; } = [];

    /// <summary>waiting[demand][day], null for a demand with no volume at all.</summary>
    public Dictionary<int, Variable[]> Waiting { get; } = [];

    public List<Constraint> TruckLimits { get; } = [];

    public List<Constraint> AllSentByTheEnd { get; } = [];

    /// <summary>The valid inequalities added for strength: never binding in a way a planner can act on.</summary>
    public HashSet<Constraint> Cuts { get; } = [];

    public LinearExpression TruckCost { get; private set; } = LinearExpression.Zero;

    public LinearExpression CarryOverCost { get; private set; } = LinearExpression.Zero;

    public LinearExpression HandlingCost { get; private set; } = LinearExpression.Zero;

    public static TruckPlanModel Build(TruckPlanRequest request, IReadOnlyList<IReadOnlyList<TruckRoute>> routes, IndependentLaneGroups.Batch batch, int number, bool intervalCuts)
    {
        var built = new TruckPlanModel(request, batch, number, intervalCuts);
        built.Create(routes);
        return built;
    }

    private void Create(IReadOnlyList<IReadOnlyList<TruckRoute>> routes)
    {
        var days = request.Days;
        var cumulative = new Dictionary<int, double[]>();
        var laneReach = Batch.Lanes.ToDictionary(lane => lane, _ => new double[days]);
        foreach (var demand in Batch.Demands)
        {
            var ready = new double[days];
            var sum = 0.0;
            for (var t = 0; t < days; t++)
            {
                ready[t] = sum += request.Demands[demand].Volume[t];
            }

            cumulative[demand] = ready;
            foreach (var lane in routes[demand].SelectMany(route => route.Lanes).Distinct())
            {
                for (var t = 0; t < days; t++)
                {
                    laneReach[lane][t] += ready[t];
                }
            }
        }

        foreach (var lane in Batch.Lanes)
        {
            var info = request.Lanes[lane];
            var trucks = new Variable?[days];
            for (var t = 0; t < days; t++)
            {
                if (laneReach[lane][t] <= 0)
                {
                    continue;
                }

                // 1e-9 keeps 2000 / 1000 at 2 trucks when the division lands a hair above.
                var enough = Math.Ceiling(laneReach[lane][t] / info.TrailerCapacity - 1e-9);
                trucks[t] = Model.AddInteger($"trucks on {info.Id} day {t + 1}", 0, enough);
                if (info.MaxTrucksPerDay is { } max && max < enough)
                {
                    TruckLimits.Add(Model.AddConstraint($"lane {info.Id} trucks on day {t + 1}", trucks[t]! <= max));
                }
            }

            Trucks[lane] = trucks;
        }

        var onLane = Batch.Lanes.ToDictionary(lane => lane, _ => Enumerable.Range(0, days).Select(_ => new List<Variable>()).ToArray());
        var handled = new List<Variable>();
        foreach (var demand in Batch.Demands)
        {
            var pair = request.Demands[demand];
            if (cumulative[demand][days - 1] <= 0)
            {
                continue;
            }

            var sentToday = Enumerable.Range(0, days).Select(_ => new List<Variable>()).ToArray();
            foreach (var route in routes[demand])
            {
                var sent = new Variable?[days];
                for (var t = 0; t < days; t++)
                {
                    if (cumulative[demand][t] <= 0)
                    {
                        continue;
                    }

                    var how = route.Via is null ? "direct" : $"via {route.Via}";
                    var variable = Model.AddContinuous($"{pair.From} to {pair.To} {how} day {t + 1}", 0, cumulative[demand][t]);
                    sent[t] = variable;
                    sentToday[t].Add(variable);
                    foreach (var lane in route.Lanes)
                    {
                        onLane[lane][t].Add(variable);
                    }

                    if (route.Via is not null)
                    {
                        handled.Add(variable);
                    }
                }

                Sent.Add((route, sent));
            }

            var waiting = new Variable[days];
            for (var t = 0; t < days; t++)
            {
                waiting[t] = Model.AddContinuous($"{pair.From} to {pair.To} waiting after day {t + 1}", 0, cumulative[demand][t]);
                var before = t == 0 ? LinearExpression.Zero : waiting[t - 1];
                Model.AddConstraint(
                    $"{pair.From} to {pair.To} volume waiting after day {t + 1}",
                    (waiting[t] - before + LinearExpression.Sum(sentToday[t])).EqualTo(pair.Volume[t]));
            }

            if (!request.CarryOverPastHorizon)
            {
                AllSentByTheEnd.Add(Model.AddConstraint($"{pair.From} to {pair.To} all sent by day {days}", waiting[days - 1] <= 0));
            }

            Waiting[demand] = waiting;
        }

        var truckTerms = new List<LinearExpression>();
        foreach (var lane in Batch.Lanes)
        {
            var info = request.Lanes[lane];
            for (var t = 0; t < days; t++)
            {
                if (Trucks[lane][t] is not { } trucks)
                {
                    continue;
                }

                Model.AddConstraint($"lane {info.Id} trailer space on day {t + 1}", LinearExpression.Sum(onLane[lane][t]) - info.TrailerCapacity * trucks <= 0);
                truckTerms.Add(info.CostPerTruck * trucks);
            }
        }

        if (intervalCuts)
        {
            AddIntervalCuts(routes);
        }

        TruckCost = LinearExpression.Sum(truckTerms);
        CarryOverCost = request.CarryOverPenaltyPerUnitDay * LinearExpression.Sum(Waiting.Values.SelectMany(waiting => waiting));
        HandlingCost = request.ConsolidationHandlingCostPerUnit * LinearExpression.Sum(handled);
        Model.Minimize(LinearExpression.Sum(TruckCost, CarryOverCost, HandlingCost));
    }

    /// <summary>
    /// For a lane l, the pairs P whose every route rides l, and days s..t: what P made ready in
    /// those days either leaves on l or is still waiting after day t, so
    /// K Σ_{k=s..t} trucks[l, k] + Σ_P waiting[p, t] ≥ V (V = P's volume of days s..t, K the trailer).
    /// Trucks are whole, so the mixed-integer rounding of it holds too:
    /// Σ_P waiting[p, t] ≥ r (⌈V / K⌉ − Σ trucks[l, k]), r = V − K ⌊V / K⌋: either enough whole
    /// trucks run, or the part-load that did not get one waits. The relaxation's fractional trucks
    /// violate it whenever the volume is not a whole number of trailers; with it the bound is close
    /// to the integer optimum (the classic (l, S) inequalities of lot sizing, with backlog). Intervals
    /// whose volume fills whole trailers add nothing (the relaxation already satisfies them) and are skipped.
    /// </summary>
    private void AddIntervalCuts(IReadOnlyList<IReadOnlyList<TruckRoute>> routes)
    {
        var days = request.Days;
        var riders = Batch.Lanes.ToDictionary(lane => lane, _ => new List<int>());
        foreach (var demand in Waiting.Keys)
        {
            var shared = routes[demand].Select(route => route.Lanes).Aggregate((IEnumerable<int>)routes[demand][0].Lanes, (all, lanes) => all.Intersect(lanes));
            foreach (var lane in shared)
            {
                riders[lane].Add(demand);
            }
        }

        foreach (var lane in Batch.Lanes.Where(lane => riders[lane].Count > 0))
        {
            var info = request.Lanes[lane];
            var trailer = info.TrailerCapacity;
            for (var start = 0; start < days; start++)
            {
                var volume = 0.0;
                for (var end = start; end < days; end++)
                {
                    volume += riders[lane].Sum(demand => request.Demands[demand].Volume[end]);
                    var part = volume - trailer * Math.Floor(volume / trailer);
                    if (part < 1e-6 * trailer || trailer - part < 1e-6 * trailer)
                    {
                        continue;
                    }

                    var trucks = Enumerable.Range(start, end - start + 1).Select(day => Trucks[lane][day]).OfType<Variable>().ToList();
                    var waiting = riders[lane].Select(demand => Waiting[demand][end]).ToList();
                    Cuts.Add(Model.AddConstraint(
                        $"lane {info.Id} whole trucks for days {start + 1}-{end + 1}",
                        LinearExpression.Sum(waiting) + part * LinearExpression.Sum(trucks) >= part * Math.Ceiling(volume / trailer)));
                }
            }
        }
    }
}
