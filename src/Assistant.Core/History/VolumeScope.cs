namespace Assistant.Core.History;

/// <summary>
/// What a volume question is about. Region and network volume count each package once, at the
/// delivery station that receives it, so lane → site → region → network add up.
/// </summary>
public sealed record VolumeScope(VolumeScopeKind Kind, string? Code)
{
    public static readonly VolumeScope Network = new(VolumeScopeKind.Network, null);
    public static VolumeScope Site(string code) => new(VolumeScopeKind.Site, code);
    public static VolumeScope Lane(string id) => new(VolumeScopeKind.Lane, id);
    public static VolumeScope Region(string code) => new(VolumeScopeKind.Region, code);
}

public enum VolumeScopeKind
{
    Network,
    Region,
    Site,
    Lane,
}
