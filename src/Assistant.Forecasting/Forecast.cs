namespace Assistant.Forecasting;

/// <summary>
/// A model's forecast for the next periods: the mean path and its 80% and 95% prediction
/// intervals (each array has one value per period ahead), with the model's name and how it was
/// fitted.
/// </summary>
public sealed record Forecast(
    string Model,
    double[] Mean,
    double[] Lower80,
    double[] Upper80,
    double[] Lower95,
    double[] Upper95)
{
    public int Horizon => Mean.Length;

    /// <summary>What the model found (parameters, information criterion), in words and numbers.</summary>
    public ModelFit? Fit { get; init; }

    /// <summary>A forecast with no intervals, for models that do not make their own.</summary>
    public static Forecast PointOnly(string model, double[] mean) =>
        new(model, mean, [.. mean], [.. mean], [.. mean], [.. mean]);
}

/// <summary>How a model was fitted: the chosen form, its parameters and its information criterion.</summary>
public sealed record ModelFit(string Form, IReadOnlyDictionary<string, double> Parameters, double? Aicc, double ResidualStdDev);
