namespace Assistant.Core.History;

public sealed record SiteTotal(string SiteCode, long Packages, int Days);
