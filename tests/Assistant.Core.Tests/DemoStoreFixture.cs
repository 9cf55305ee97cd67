using Assistant.Core.Demo;
using Assistant.Core.Network;
using Assistant.Core.Store;

namespace Assistant.Core.Tests;

/// <summary>
/// One SQLite file filled with the demo network through first-run setup, shared by the tests of
/// a class because generating and loading three years of history takes a few seconds. Tests
/// must not change it. Also keeps the generated data, to check the store against.
/// </summary>
public sealed class DemoStoreFixture : IAsyncLifetime
{
    /// <summary>Yesterday, as the fixed clock sees it; the same last day the demo tests use.</summary>
    public static readonly DateOnly LastDay = new(2026, 11, 21);

    public FixedClock Clock { get; } = new(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero));

    public TempDatabase Database { get; } = new();

    public NetworkData Generated { get; private set; } = null!;

    /// <summary>What first-run setup answered on the empty store.</summary>
    public int FirstSetupFilled { get; private set; }

    public async Task InitializeAsync()
    {
        FirstSetupFilled = await NetworkStoreSetup.EnsureDemoAsync(Database.Store, Clock);
        Generated = DemoNetwork.Generate(LastDay);
    }

    public Task DisposeAsync()
    {
        Database.Dispose();
        return Task.CompletedTask;
    }
}
