using Assistant.Core.Demo;
using Assistant.Forecasting.Daily;
using Xunit.Abstractions;

namespace Assistant.Forecasting.Tests;

/// <summary>
/// The global daily model on the demo network, whose generator gives the true future too: the
/// demo is generated to 2026-12-05, the model is trained on all 46 sites' days to 2026-11-21 and
/// its fortnight over Thanksgiving, Black Friday and Cyber Monday is checked against what happened.
/// </summary>
public sealed class DailyBoostedForecasterTests(ITestOutputHelper output)
{
    private const int Horizon = 14;
    private static readonly DateOnly Cut = new(2026, 11, 21);
    private static readonly string[] Watched = ["SEA4", "PDX2", "GEG1", "ORD2", "PHL5"];
    private static readonly Lazy<Sites> Demo = new(() => Sites.Load(DemoNetwork.Generate(new DateOnly(2026, 12, 5))));

    // Trained once and shared: each is a full training on 46 sites.
    private static readonly Lazy<IReadOnlyList<Forecast>> WithEvents = new(() => new DailyBoostedForecaster().Forecast(Demo.Value.Histories, Horizon));
    private static readonly Lazy<IReadOnlyList<Forecast>> WithoutEvents = new(() =>
        new DailyBoostedForecaster(DailyBoostedOptions.Default with { UseEvents = false }).Forecast(Demo.Value.Histories, Horizon));

    /// <summary>Small and quick, for the tests that check behaviour rather than accuracy.</summary>
    private static readonly DailyBoostedOptions Quick = DailyBoostedOptions.Default with
    {
        WindowsPerSeries = 300,
        Trees = DailyBoostedOptions.Default.Trees with { Rounds = 40, MaxDepth = 4 },
    };

    private sealed record Sites(List<string> Codes, List<DailyHistory> Histories, List<double[]> Futures)
    {
        public static Sites Load(Core.Network.NetworkData demo)
        {
            var codes = new List<string>();
            var histories = new List<DailyHistory>();
            var futures = new List<double[]>();
            foreach (var site in demo.SiteDays.GroupBy(d => d.SiteCode).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var days = site.OrderBy(d => d.Date).ToList();
                codes.Add(site.Key);
                histories.Add(new DailyHistory(days[0].Date, [.. days.Where(d => d.Date <= Cut).Select(d => (double)d.Packages)]));
                futures.Add([.. days.Where(d => d.Date > Cut).Select(d => (double)d.Packages)]);
            }

            return new Sites(codes, histories, futures);
        }

        /// <summary>WAPE in percent over the chosen sites (all when none are named).</summary>
        public double WapePct(IReadOnlyList<Forecast> forecasts, params string[] only)
        {
            double error = 0, volume = 0;
            for (var i = 0; i < Codes.Count; i++)
            {
                if (only.Length > 0 && !only.Contains(Codes[i]))
                {
                    continue;
                }

                error += Futures[i].Zip(forecasts[i].Mean).Sum(p => Math.Abs(p.First - p.Second));
                volume += Futures[i].Sum();
            }

            return 100 * error / volume;
        }
    }

    [XGBoostFact]
    public void The_black_friday_fortnight_is_forecast_within_eight_percent_per_site()
    {
        var forecasts = WithEvents.Value;
        var sites = Demo.Value;

        Assert.Equal(sites.Histories.Count, forecasts.Count);
        foreach (var code in Watched)
        {
            var wape = sites.WapePct(forecasts, code);
            output.WriteLine($"{code}: WAPE {wape:F2}%");
            // Measured 2026-11-22: SEA4 2.4%, PDX2 1.9%, GEG1 6.5%, ORD2 3.4%, PHL5 2.5% (the
            // per-series ETS with events does 3-6% on these).
            Assert.True(wape < 8, $"{code}: WAPE {wape:F1}% over the Black Friday fortnight");
        }

        var all = sites.WapePct(forecasts);
        output.WriteLine($"all 46 sites: WAPE {all:F2}%");
        Assert.True(all < 5, $"all sites: WAPE {all:F1}%");   // measured 3.6%
        Assert.All(forecasts, f => Assert.Equal("daily-global-xgb", f.Model));
    }

    [XGBoostFact]
    public void Event_features_beat_the_same_model_without_them_over_the_peak()
    {
        var sites = Demo.Value;
        var with = sites.WapePct(WithEvents.Value);
        var without = sites.WapePct(WithoutEvents.Value);
        output.WriteLine($"all 46 sites: WAPE {with:F2}% with event features, {without:F2}% without");

        // Measured 3.56% against 4.45%. Without the events the model still has the day of year and
        // the value 364 days back, which this year line up with last year's Black Friday, so the
        // gap is smaller here than for Prime Day, which moves.
        Assert.True(with < 0.9 * without, $"WAPE {with:F2}% with the events against {without:F2}% without");
        Assert.All(WithoutEvents.Value, f => Assert.Equal("daily-global-xgb (no events)", f.Model));
    }

    [XGBoostFact]
    public void Intervals_nest_around_the_forecast_and_stay_non_negative()
    {
        var sites = Demo.Value;
        var forecasts = WithEvents.Value;
        var inside95 = 0;
        for (var i = 0; i < forecasts.Count; i++)
        {
            var f = forecasts[i];
            Assert.Equal(Horizon, f.Horizon);
            for (var h = 0; h < Horizon; h++)
            {
                Assert.True(0 <= f.Lower95[h] && f.Lower95[h] <= f.Lower80[h] && f.Lower80[h] <= f.Mean[h]
                    && f.Mean[h] <= f.Upper80[h] && f.Upper80[h] <= f.Upper95[h],
                    $"{sites.Codes[i]} day {h + 1}: {f.Lower95[h]} {f.Lower80[h]} {f.Mean[h]} {f.Upper80[h]} {f.Upper95[h]}");
                inside95 += sites.Futures[i][h] >= f.Lower95[h] && sites.Futures[i][h] <= f.Upper95[h] ? 1 : 0;
            }

            Assert.True(f.Upper95.Zip(f.Lower95).Any(p => p.First > p.Second), $"{sites.Codes[i]}: the 95% interval has no width");
        }

        // The peak fortnight is the hardest two weeks of the year; the bench measures coverage over more origins.
        var coverage = (double)inside95 / (forecasts.Count * Horizon);
        output.WriteLine($"95% coverage over the peak fortnight: {coverage:P1}");
        Assert.InRange(coverage, 0.80, 1.0);
    }

    [Fact]
    public void A_window_reads_nothing_at_or_after_its_origin()
    {
        // Precisely: for any origin and step, the feature row of a window is the same whether the
        // series goes on after the origin, goes on with other values, or stops at the origin.
        var history = Demo.Value.Histories[Demo.Value.Codes.IndexOf("SEA4")];
        var values = history.Values;
        var calendar = new DailyCalendar(history.FirstDay, history.LastDay.AddDays(DailyBoostedForecaster.MaxHorizonDays));
        foreach (var useEvents in new[] { true, false })
        {
            var features = new DailyFeatures(calendar, useEvents);
            foreach (var origin in new[] { DailyFeatures.LevelDays, 100, 364, 400, 720, values.Length - 90, values.Length - 1 })
            {
                var tampered = (double[])values.Clone();
                for (var t = origin; t < tampered.Length; t++)
                {
                    tampered[t] = 1e7 * (t % 5 + 1);
                }

                var truncated = values[..origin];
                var level = DailyFeatures.Level(values, origin);
                Assert.Equal(level, DailyFeatures.Level(tampered, origin));
                Assert.Equal(level, DailyFeatures.Level(truncated, origin));
                for (var step = 1; step <= DailyBoostedForecaster.MaxHorizonDays; step++)
                {
                    var row = new float[features.Columns];
                    var tamperedRow = new float[features.Columns];
                    var truncatedRow = new float[features.Columns];
                    features.Fill(row, values, history.FirstDay, origin, step, level);
                    features.Fill(tamperedRow, tampered, history.FirstDay, origin, step, level);
                    features.Fill(truncatedRow, truncated, history.FirstDay, origin, step, level);
                    Assert.Equal(row, tamperedRow);
                    Assert.Equal(row, truncatedRow);
                }
            }
        }
    }

    [Fact]
    public void Every_event_has_its_own_stable_code()
    {
        var names = new HashSet<string>();
        for (var day = new DateOnly(2020, 1, 1); day <= new DateOnly(2030, 12, 31); day = day.AddDays(1))
        {
            if (DayEvent.Of(day) is { } name)
            {
                names.Add(name);
            }
        }

        var codes = names.Select(EventCode.Of).ToList();
        Assert.DoesNotContain(EventCode.Unknown, codes);
        Assert.DoesNotContain(EventCode.None, codes);
        Assert.Equal(names.Count, codes.Distinct().Count());
        Assert.Equal(EventCode.None, EventCode.Of(null));
        Assert.Equal(EventCode.Of("Black Friday") + 1, EventCode.Of("Black Friday +1"));
    }

    [XGBoostFact]
    public void Series_of_different_lengths_get_deterministic_forecasts_starting_after_their_last_day()
    {
        var sites = Demo.Value;
        // Different start days and lengths: one a year shorter at the front, one ending a week early.
        List<DailyHistory> set =
        [
            sites.Histories[0],
            sites.Histories[1] with { FirstDay = sites.Histories[1].FirstDay.AddDays(365), Values = sites.Histories[1].Values[365..] },
            sites.Histories[2] with { Values = sites.Histories[2].Values[..^7] },
            .. sites.Histories.Skip(3).Take(5),
        ];

        var first = new DailyBoostedForecaster(Quick).Forecast(set, 30);
        var again = new DailyBoostedForecaster(Quick).Forecast([.. set.Select(h => h with { Values = [.. h.Values] })], 30);

        Assert.Equal(set.Count, first.Count);
        for (var i = 0; i < set.Count; i++)
        {
            Assert.Equal(30, first[i].Horizon);
            Assert.All(first[i].Mean, v => Assert.True(double.IsFinite(v) && v >= 0));
            Assert.Equal(first[i].Mean, again[i].Mean);
            Assert.Equal(first[i].Lower95, again[i].Lower95);
            Assert.Equal(first[i].Upper95, again[i].Upper95);
        }
    }

    [Fact]
    public void Rejects_bad_input_with_clear_errors()
    {
        var model = new DailyBoostedForecaster(Quick);
        var set = Demo.Value.Histories.Take(3).ToList();
        var tooShort = new DailyHistory(new DateOnly(2026, 1, 1), new double[DailyBoostedForecaster.MinHistoryDays(14) - 1]);

        Assert.Throws<ArgumentOutOfRangeException>(() => model.Forecast(set, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => model.Forecast(set, 91));
        Assert.Contains("empty", Assert.Throws<ArgumentException>(() => model.Forecast([], 14)).Message);
        var shortError = Assert.Throws<ArgumentException>(() => model.Forecast([.. set, tooShort], 14));
        Assert.Contains("History 3", shortError.Message);
        Assert.Contains($"needs at least {DailyBoostedForecaster.MinHistoryDays(14)}", shortError.Message);
        var withNaN = set[0] with { Values = [.. set[0].Values] };
        withNaN.Values[10] = double.NaN;
        Assert.Contains("non-finite", Assert.Throws<ArgumentException>(() => model.Forecast([withNaN], 14)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new DailyBoostedForecaster(Quick with { MaxWindows = 0 }).Forecast(set, 14));
    }
}
