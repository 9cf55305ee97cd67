namespace Assistant.Forecasting.Hierarchy;

/// <summary>
/// Coherent forecasts for every series of a hierarchy (one row per series, hierarchy row order),
/// with the method's name and, for MinT with shrinkage, the shrinkage intensity it used.
/// </summary>
public sealed record ReconciledForecasts(string Method, double[][] Mean)
{
    public double? ShrinkageIntensity { get; init; }
}
