using Assistant.Forecasting.Batch;

namespace Assistant.Cli.Forecasting;

/// <summary>What `assistant forecast` was asked: checked options, with null frequency or season meaning "work it out".</summary>
public sealed record ForecastRequest(
    string Input,
    string Output,
    int Horizon,
    SeriesFrequency? Frequency,
    int? Season,
    IReadOnlyList<BatchCandidate> Candidates);
