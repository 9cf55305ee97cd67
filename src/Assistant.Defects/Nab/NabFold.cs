namespace Assistant.Defects.Nab;

/// <summary>One held-out category: the threshold tuned without it and the raw score it then earns.</summary>
public sealed record NabFold(string Category, double Threshold, double RawScore, int WindowCount);
