using Assistant.Core.Demo;

namespace Assistant.Core.Store;

/// <summary>First-run setup: an empty store is filled with the demo network, ending yesterday.</summary>
public static class NetworkStoreSetup
{
    /// <summary>Fills the store with the demo network when it holds no history; returns true when it did.</summary>
    public static async Task<bool> EnsureDemoAsync(INetworkStore store, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        if (await store.GetHistoryWindowAsync(cancellationToken) is not null)
        {
            return false;
        }

        await store.ImportAsync(DemoNetwork.Generate(Yesterday(clock)), replace: true, cancellationToken);
        return true;
    }

    public static DateOnly Yesterday(TimeProvider clock) =>
        DateOnly.FromDateTime(clock.GetLocalNow().DateTime).AddDays(-1);
}
