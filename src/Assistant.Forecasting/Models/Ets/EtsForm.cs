namespace Assistant.Forecasting.Models.Ets;

public enum EtsError { Additive, Multiplicative }

public enum EtsTrend { None, Additive, Damped }

public enum EtsSeason { None, Additive, Multiplicative }

/// <summary>One exponential smoothing form, named as ETS(error, trend, season): ETS(A,Ad,M).</summary>
public sealed record EtsForm(EtsError Error, EtsTrend Trend, EtsSeason Season)
{
    public string Name => $"ETS({Letter(Error)},{Trend switch { EtsTrend.None => "N", EtsTrend.Additive => "A", _ => "Ad" }},{Season switch { EtsSeason.None => "N", EtsSeason.Additive => "A", _ => "M" }})";

    public bool HasTrend => Trend != EtsTrend.None;

    public bool HasSeason => Season != EtsSeason.None;

    /// <summary>
    /// The forms worth trying for a series. Multiplicative error or season needs strictly
    /// positive data; additive error with multiplicative season is left out because it is
    /// numerically unstable; a season needs at least two full cycles of history.
    /// </summary>
    public static IReadOnlyList<EtsForm> Candidates(bool positive, int seasonLength, int length)
    {
        var seasonal = seasonLength > 1 && length >= 2 * seasonLength + 2;
        var forms = new List<EtsForm>();
        foreach (var error in positive ? new[] { EtsError.Additive, EtsError.Multiplicative } : [EtsError.Additive])
        {
            foreach (var trend in new[] { EtsTrend.None, EtsTrend.Additive, EtsTrend.Damped })
            {
                foreach (var season in new[] { EtsSeason.None, EtsSeason.Additive, EtsSeason.Multiplicative })
                {
                    if (season != EtsSeason.None && !seasonal)
                    {
                        continue;
                    }

                    if (season == EtsSeason.Multiplicative && (!positive || error == EtsError.Additive))
                    {
                        continue;
                    }

                    if (trend != EtsTrend.None && length < 8)
                    {
                        continue;
                    }

                    forms.Add(new EtsForm(error, trend, season));
                }
            }
        }

        return forms;
    }

    private static string Letter(EtsError error) => error == EtsError.Additive ? "A" : "M";
}
