namespace Assistant.Forecasting.Daily;

/// <summary>Daily values from <see cref="FirstDay"/> on, one a day, oldest first.</summary>
public sealed record DailyHistory(DateOnly FirstDay, double[] Values)
{
    public DateOnly LastDay => FirstDay.AddDays(Values.Length - 1);
}
