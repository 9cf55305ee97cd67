using System.Text.Json.Nodes;
using Assistant.Plugins.Network;

namespace Assistant.Plugins.Forecast;

// What the forecast plugin returns: numbers with units and intervals, the model and why it was
// chosen, the backtest that says how far to trust it, the events ahead, and a chart.

public sealed record ForecastDay(DateOnly Date, long Packages, long Lower80, long Upper80, long Lower95, long Upper95, string? Event);

public sealed record ModelScore(string Model, double BacktestWapePct);

public sealed record EventEffect(DateOnly Date, string Event, double EffectPct, int YearsSeen);

public sealed record VolumeForecastResult(
    ScopeInfo Scope, DateOnly Start, DateOnly End, int Days,
    long TotalPackages, long AveragePackagesPerDay, ForecastDay PeakDay, ForecastDay LowDay,
    IReadOnlyList<ForecastDay> Daily,
    string Model, string? ModelForm, double BacktestWapePct, int BacktestOrigins, int BacktestHorizonDays,
    double IntervalCoverage80Pct, double IntervalCoverage95Pct, IReadOnlyList<ModelScore> Candidates,
    IReadOnlyList<EventEffect> EventsAhead, DateOnly HistoryFrom, DateOnly HistoryTo,
    string Unit, string Method, IReadOnlyList<string> Notes, JsonObject Chart);

public sealed record ForecastAccuracyResult(
    ScopeInfo Scope, int HorizonDays, int Origins, string ChosenModel, double ChosenWapePct, IReadOnlyList<int> IntervalLevelsPct,
    double IntervalCoverage80Pct, double IntervalCoverage95Pct, IReadOnlyList<ModelScore> Candidates,
    DateOnly HistoryTo, string Method);

public sealed record HourForecast(int Hour, long Packages, long Lower80, long Upper80);

public sealed record HourlyForecastResult(
    ScopeInfo Scope, DateOnly Date, long DayPackages, long DayLower80, long DayUpper80, IReadOnlyList<HourForecast> Hours,
    HourForecast PeakHour, int? SortCapacityPackagesPerHour, double? PeakUtilisationPct, string Model, string Method, JsonObject Chart);

public sealed record ForecastExplanation(
    ScopeInfo Scope, DateOnly Date, string Weekday, long Packages, int IntervalLevelPct, long Lower80, long Upper80,
    long TypicalDayPackages, double WeekdayEffectPct, string? Event, double? EventEffectPct, int? EventYearsSeen,
    double RecentTrendPct, string Model, double BacktestWapePct, string Method);

public sealed record BreakdownPart(string Kind, string Code, string Name, long Packages, double SharePct, long OwnForecastPackages);

public sealed record ForecastBreakdownResult(
    ScopeInfo Scope, DateOnly Start, DateOnly End, int Days, string PartsLevel,
    long TotalPackages, long OwnForecastPackages, IReadOnlyList<BreakdownPart> Parts, int PartCount,
    IReadOnlyList<BreakdownPart> Largest, int OtherPartCount, long OtherPackages,
    string Model, string Reconciliation, double? ShrinkageIntensity, long BaseMismatchPackages, double CoherenceErrorPackages,
    DateOnly HistoryFrom, DateOnly HistoryTo, string Unit, string Method, IReadOnlyList<string> Notes, JsonObject Chart);
