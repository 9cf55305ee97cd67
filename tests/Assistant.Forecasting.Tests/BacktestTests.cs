using Assistant.Forecasting.Backtesting;
using Assistant.Forecasting.Models;

namespace Assistant.Forecasting.Tests;

public sealed class BacktestTests
{
    /// <summary>A model that remembers what it was shown, to check the backtest never shows it the future.</summary>
    private sealed class Spy : IForecaster
    {
        public List<double[]> Seen { get; } = [];

        public string Name => "spy";

        public Forecast Forecast(TimeSeries series, int horizon)
        {
            lock (Seen)
            {
                Seen.Add(series.Values);
            }

            return Assistant.Forecasting.Forecast.PointOnly(Name, Enumerable.Repeat(series.Values[^1], horizon).ToArray());
        }
    }

    [Fact]
    public void A_backtest_never_shows_the_model_the_periods_it_is_judged_on()
    {
        var values = Enumerable.Range(1, 100).Select(t => (double)t).ToArray();
        var spy = new Spy();
        var result = Backtest.Run(spy, new TimeSeries("x", values, 1), horizon: 5, origins: 4, step: 7);

        Assert.Equal(4, result.Origins.Count);
        foreach (var (origin, seen) in result.Origins.Zip(spy.Seen))
        {
            Assert.Equal(origin.TrainLength, seen.Length);
            Assert.True(seen.Max() < origin.Actual.Min(), "the model saw a value from the period it is judged on");
        }

        Assert.Equal([74, 81, 88, 95], result.Origins.Select(o => o.TrainLength));
    }

    [Fact]
    public void Wape_of_a_last_value_forecast_on_a_line_is_computed_over_all_origins()
    {
        var values = Enumerable.Range(1, 20).Select(t => (double)t).ToArray();
        var result = Backtest.Run(new Spy(), new TimeSeries("x", values, 1), horizon: 2, origins: 2, step: 2);

        // Origins at 16 and 18: forecasts 16,16 for 17,18 and 18,18 for 19,20 → errors 1+2+1+2 over 74.
        Assert.Equal(100.0 * 6 / 74, result.WapePct, 9);
    }

    [Fact]
    public void Selection_picks_the_candidate_with_the_lowest_backtest_error()
    {
        var values = Enumerable.Range(0, 140).Select(t => 100.0 + 30 * (t % 7 == 0 ? 1 : 0)).ToArray();
        var selection = new BacktestSelection([new Naive(), new SeasonalNaive()], origins: 3, step: 7);
        var choice = selection.Choose(new TimeSeries("weekly", values, 7), 7);
        Assert.Equal("sNaive", choice.Chosen.Name);
        Assert.Equal(0, choice.Backtests.Single(b => b.Model == "sNaive").WapePct, 9);
    }
}
