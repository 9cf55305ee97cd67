namespace Assistant.Forecasting.Hierarchy;

/// <summary>
/// A reconciliation method: turns base forecasts, which need not add up, into coherent ones
/// ỹ = S·G·ŷ, where G maps all the base forecasts to bottom-level forecasts. Implementations are
/// stateless and safe to share between threads.
/// </summary>
public interface IReconciler
{
    string Name { get; }

    ReconciledForecasts Reconcile(SeriesHierarchy hierarchy, BaseForecasts forecasts);
}
