using Assistant.Core.Demo;
using Assistant.Forecasting.Daily;
using Assistant.Forecasting.Models;

namespace Assistant.Forecasting.Tests;

/// <summary>
/// Daily forecasts on the demo network, whose generator gives the true future too: the demo is
/// generated to 2026-12-05 and the forecaster sees only the days to 2026-11-21, so the two weeks
/// of Thanksgiving, Black Friday and Cyber Monday it forecasts can be checked against what happened.
/// </summary>
public sealed class DailyVolumeForecasterTests
{
    private static readonly DateOnly Cut = new(2026, 11, 21);
    private static readonly Lazy<Core.Network.NetworkData> Demo = new(() => DemoNetwork.Generate(new DateOnly(2026, 12, 5)));

    private static (DailyHistory History, double[] Future) Split(string site)
    {
        var days = Demo.Value.SiteDays.Where(d => d.SiteCode == site).OrderBy(d => d.Date).ToList();
        var history = days.Where(d => d.Date <= Cut).Select(d => (double)d.Packages).ToArray();
        var future = days.Where(d => d.Date > Cut).Select(d => (double)d.Packages).ToArray();
        return (new DailyHistory(days[0].Date, history), future);
    }

    private static double WapePct(double[] actual, double[] forecast) =>
        100 * actual.Zip(forecast).Sum(p => Math.Abs(p.First - p.Second)) / actual.Sum();

    [Fact]
    public void Event_effects_are_learnt_from_earlier_years()
    {
        var (history, _) = Split("SEA4");
        var effects = EventEffects.Learn(history.FirstDay, history.Values);
        Assert.InRange(effects.All["Thanksgiving"].Effect, 0.15, 0.25);      // the demo plants 0.20
        Assert.InRange(effects.All["Cyber Monday"].Effect, 1.30, 1.75);      // 1.35 × the December ramp
        Assert.True(effects.All["Thanksgiving"].Years >= 2);
        Assert.Null(DayEvent.Of(new DateOnly(2026, 10, 14)));
        Assert.Equal("Black Friday", DayEvent.Of(new DateOnly(2026, 11, 27)));
    }

    [Theory]
    [InlineData("SEA4")]
    [InlineData("PDX2")]
    [InlineData("GEG1")]
    public void Two_weeks_over_black_friday_are_forecast_within_ten_percent(string site)
    {
        var (history, future) = Split(site);
        var forecaster = new DailyVolumeForecaster([new AutoEts(), new SeasonalNaive()]);

        var forecast = forecaster.Forecast(history, 14);

        Assert.Equal(new DateOnly(2026, 11, 22), forecast.FirstDay);
        var wape = WapePct(future, forecast.Mean);
        Assert.True(wape < 10, $"{site}: WAPE {wape:F1}% over the Black Friday fortnight");
        var plain = new AutoEts().Forecast(new TimeSeries(site, history.Values[^730..], 7), 14);
        Assert.True(WapePct(future, plain.Mean) > 2 * wape, "the calendar events should matter here");
        Assert.Contains(forecast.EventsAhead, e => e.Event == "Thanksgiving" && e.Day == new DateOnly(2026, 11, 26));
        var inside95 = future.Select((y, h) => y >= forecast.Lower95[h] && y <= forecast.Upper95[h]).Count(x => x);
        Assert.True(inside95 >= 11, $"{site}: only {inside95} of 14 days inside the 95% interval");
    }

    [Fact]
    public void A_horizon_beyond_ninety_days_is_refused()
    {
        var (history, _) = Split("SEA4");
        Assert.Throws<ArgumentOutOfRangeException>(() => new DailyVolumeForecaster([new SeasonalNaive()]).Forecast(history, 91));
    }
}
