namespace Assistant.Optimization.Linehaul;

/// <summary>
/// How much of a pair's volume took one route: direct (<see cref="Via"/> null) or through the hub
/// <see cref="Via"/>; <c>PerDay[0]</c> is day 1.
/// </summary>
public sealed record RouteVolume(string From, string To, string? Via, IReadOnlyList<double> PerDay)
{
    public double Volume => PerDay.Sum();

    public string Description => Via is null ? $"{From} to {To} direct" : $"{From} to {To} via {Via}";
}
