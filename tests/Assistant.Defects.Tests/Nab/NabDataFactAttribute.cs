using Assistant.Defects.Nab;

namespace Assistant.Defects.Tests.Nab;

/// <summary>
/// A fact that needs the NAB corpus from the shared data folder: skipped, with where it was looked
/// for, when the folder is absent (xunit 2 has no runtime skip, so the attribute decides up front).
/// </summary>
public sealed class NabDataFactAttribute : FactAttribute
{
    public NabDataFactAttribute()
    {
        if (NabFolder.TryFind(out var why) is null)
        {
            Skip = $"NAB data is not available: {why}";
        }
    }
}
