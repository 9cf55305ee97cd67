namespace Assistant.Forecasting.Hierarchy;

/// <summary>
/// Which estimate of the base forecast error covariance W MinT uses. Identity gives OLS
/// reconciliation (Hyndman et al. 2011); Variance, the residual variances on the diagonal (WLS);
/// Shrink, the full residual covariance shrunk toward its diagonal (Wickramasuriya et al. 2019's
/// "MinT(Shrink)", the one that usually forecasts best).
/// </summary>
public enum MinTraceCovariance
{
    Identity,
    Variance,
    Shrink,
}
