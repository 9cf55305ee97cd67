using Assistant.Core;
using Assistant.Forecasting.Daily;
using Assistant.Forecasting.Models;
using Assistant.Plugins.Forecast;

namespace Assistant.Plugins.Tests;

public sealed class ForecastPluginTests(DemoStore demo) : IClassFixture<DemoStore>
{
    private ForecastPlugin Plugin => demo.Forecasts;

    [Fact]
    public async Task A_site_forecast_covers_the_asked_days_with_nested_intervals()
    {
        var result = await Plugin.ForecastVolume(site: "SEA4", start: "2026-11-23", end: "2026-11-29");

        Assert.Equal((new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 29), 7), (result.Start, result.End, result.Days));
        Assert.Equal(result.Daily.Sum(d => d.Packages), result.TotalPackages);
        Assert.All(result.Daily, d => Assert.True(d.Lower95 <= d.Lower80 && d.Lower80 <= d.Packages && d.Packages <= d.Upper80 && d.Upper80 <= d.Upper95));
        Assert.Equal(8, result.BacktestHorizonDays);
        Assert.Equal(2, result.Candidates.Count);
        Assert.Contains(result.EventsAhead, e => e.Event == "Thanksgiving" && e.EffectPct < -60);
        Assert.Equal("Thanksgiving", result.Daily.Single(d => d.Date == new DateOnly(2026, 11, 26)).Event);
        Assert.Equal(result.Daily.MinBy(d => d.Packages)!.Date, new DateOnly(2026, 11, 26));
        Assert.Equal(2, result.Chart["layer"]!.AsArray().Count);
    }

    [Fact]
    public async Task Without_dates_the_forecast_covers_the_next_fourteen_days()
    {
        var result = await Plugin.ForecastVolume(region: "WEST");
        Assert.Equal((new DateOnly(2026, 11, 22), 14), (result.Start, result.Days));
        Assert.Equal("region", result.Scope.Kind);
    }

    [Fact]
    public async Task A_period_that_began_in_the_past_is_forecast_from_the_first_day_without_history()
    {
        var result = await Plugin.ForecastVolume(site: "PDX2", start: "2026-11-16", end: "2026-11-24");
        Assert.Equal(new DateOnly(2026, 11, 22), result.Start);
        Assert.Contains(result.Notes, n => n.Contains("are history"));
    }

    [Theory]
    [InlineData("2026-11-01", "2026-11-10", null, "is in the history")]
    [InlineData(null, "2027-03-31", null, "at most 90 days")]
    [InlineData(null, "2026-11-30", 5, "not both")]
    [InlineData("2026-11-25", "2026-11-24", null, "before the start")]
    public async Task Bad_forecast_periods_are_refused_with_a_clear_message(string? start, string? end, int? days, string message)
    {
        var error = await Assert.ThrowsAsync<InputError>(() => Plugin.ForecastVolume(site: "SEA4", start: start, end: end, days: days));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public async Task An_hourly_forecast_spreads_the_day_by_the_sites_profile()
    {
        var day = await Plugin.ForecastVolume(site: "PDX2", start: "2026-11-24", end: "2026-11-24");
        var hourly = await Plugin.ForecastHourly("PDX2", "2026-11-24");
        Assert.Equal(24, hourly.Hours.Count);
        Assert.Equal(day.TotalPackages, hourly.DayPackages);
        Assert.InRange(hourly.Hours.Sum(h => h.Packages), hourly.DayPackages - 24, hourly.DayPackages + 24);
        Assert.NotNull(hourly.SortCapacityPackagesPerHour);
        var error = await Assert.ThrowsAsync<InputError>(() => Plugin.ForecastHourly("GEG1", "2026-11-24"));
        Assert.Contains("sort centers", error.Message);
    }

    [Fact]
    public async Task Thanksgiving_is_explained_by_its_learnt_event_effect()
    {
        var explanation = await Plugin.ExplainForecast("2026-11-26", site: "SEA4");
        Assert.Equal("Thanksgiving", explanation.Event);
        Assert.InRange(explanation.EventEffectPct!.Value, -90, -65);
        Assert.Equal("Thursday", explanation.Weekday);
        Assert.True(explanation.Packages < explanation.TypicalDayPackages / 2);
        var monday = await Plugin.ExplainForecast("2026-11-23", site: "SEA4");
        Assert.Null(monday.Event);
        Assert.True(monday.WeekdayEffectPct > 0, "Mondays are busy in the demo network");
    }

    [Fact]
    public async Task Accuracy_reports_the_backtest_of_every_candidate()
    {
        var result = await Plugin.ForecastAccuracy(site: "BFI3", days: 7);
        Assert.Equal(4, result.Origins);
        Assert.Equal(result.Candidates.Min(c => c.BacktestWapePct), result.ChosenWapePct);
        Assert.InRange(result.ChosenWapePct, 0.1, 15);
    }
}
