using Assistant.Core.Demo;
using Assistant.Core.Network;
using Assistant.Core.Store;

namespace Assistant.Plugins.Tests;

/// <summary>The demo network (ending 2026-11-21) in a real SQLite file, shared by a test class.</summary>
public sealed class DemoStore : IAsyncLifetime
{
    public static readonly DateOnly LastDay = new(2026, 11, 21);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "assistant-tests", Guid.NewGuid().ToString("N"));

    public SqliteNetworkStore Store { get; private set; } = null!;

    public NetworkData Data { get; private set; } = null!;

    /// <summary>One forecast plugin per test class, so its recent forecasts are shared as in the app.</summary>
    public Assistant.Plugins.Forecast.ForecastPlugin Forecasts => _forecasts ??= new(
        Store,
        new Assistant.Forecasting.Daily.DailyVolumeForecaster([new Assistant.Forecasting.Models.AutoEts(), new Assistant.Forecasting.Models.SeasonalNaive()]),
        new Assistant.Forecasting.Daily.DailyHierarchyForecaster());

    private Assistant.Plugins.Forecast.ForecastPlugin? _forecasts;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        Store = new SqliteNetworkStore(new SqliteDatabase(Path.Combine(_folder, "network.db")));
        Data = DemoNetwork.Generate(LastDay);
        await Store.ImportAsync(Data, replace: true);
    }

    public Task DisposeAsync()
    {
        SqliteDatabase.ReleasePooledConnections();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS.
        }

        return Task.CompletedTask;
    }
}
