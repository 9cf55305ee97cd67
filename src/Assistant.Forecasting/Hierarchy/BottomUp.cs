namespace Assistant.Forecasting.Hierarchy;

/// <summary>
/// Bottom-up reconciliation: the bottom series' base forecasts are kept and every aggregate is
/// their sum (G = [0 | I]). Coherent by construction; ignores what the aggregates' own models saw.
/// </summary>
public sealed class BottomUp : IReconciler
{
    public string Name => "bottom-up";

    public ReconciledForecasts Reconcile(SeriesHierarchy hierarchy, BaseForecasts forecasts)
    {
        hierarchy.CheckRows(forecasts.Mean, nameof(forecasts));
        var bottomFirst = hierarchy.Count - hierarchy.BottomCount;
        var bottom = forecasts.Mean.Skip(bottomFirst).ToArray();
        return new ReconciledForecasts(Name, hierarchy.Aggregate(bottom));
    }
}
