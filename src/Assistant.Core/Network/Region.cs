namespace Assistant.Core.Network;

public sealed record Region(string Code, string Name);
