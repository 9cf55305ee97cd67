namespace Assistant.Cli.Detecting;

/// <summary>What `assistant detect` was asked: checked options, a null season meaning "from the spacing".</summary>
public sealed record DetectRequest(string Input, string Output, bool ChangePoints, double Threshold, int? Season);
