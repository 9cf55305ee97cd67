using Assistant.Defects.Nab;

namespace Assistant.Defects.Tests.Nab;

/// <summary>The theory counterpart of <see cref="NabDataFactAttribute"/>.</summary>
public sealed class NabDataTheoryAttribute : TheoryAttribute
{
    public NabDataTheoryAttribute()
    {
        if (NabFolder.TryFind(out var why) is null)
        {
            Skip = $"NAB data is not available: {why}";
        }
    }
}
