namespace Assistant.Optimization.Network;

/// <summary>
/// A network, file or edit that cannot be used, with a message written for the user: which file,
/// where in it (<c>lanes[3].to</c>) and what is wrong. Thrown before anything is half-built.
/// </summary>
public sealed class FlowNetworkError(string message) : Exception(message);
