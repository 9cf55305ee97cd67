namespace Assistant.Forecasting.Batch;

/// <summary>
/// Makes a forecast's intervals nest around its mean: lo95 ≤ lo80 ≤ mean ≤ hi80 ≤ hi95 in every
/// period. AutoETS takes its mean analytically but its intervals from simulated paths, so for a
/// skewed (multiplicative) form or a near-zero variance the two can disagree by a hair; a file
/// handed to planners must never show a point outside its own interval.
/// </summary>
public static class IntervalNesting
{
    public static Forecast Nest(Forecast forecast)
    {
        var horizon = forecast.Horizon;
        var lo80 = new double[horizon];
        var hi80 = new double[horizon];
        var lo95 = new double[horizon];
        var hi95 = new double[horizon];
        for (var h = 0; h < horizon; h++)
        {
            var mean = forecast.Mean[h];
            lo80[h] = Math.Min(forecast.Lower80[h], mean);
            hi80[h] = Math.Max(forecast.Upper80[h], mean);
            lo95[h] = Math.Min(forecast.Lower95[h], lo80[h]);
            hi95[h] = Math.Max(forecast.Upper95[h], hi80[h]);
        }

        return forecast with { Lower80 = lo80, Upper80 = hi80, Lower95 = lo95, Upper95 = hi95 };
    }
}
