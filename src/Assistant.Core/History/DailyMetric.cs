namespace Assistant.Core.History;

public sealed record DailyMetric(DateOnly Date, double Value);
