namespace Assistant.Web;

/// <summary>The body of GET /healthz.</summary>
public sealed record HealthReport(string Status, string Brain);
