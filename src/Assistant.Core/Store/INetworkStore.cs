using Assistant.Core.History;
using Assistant.Core.Network;

namespace Assistant.Core.Store;

/// <summary>
/// The network and its history. Async throughout so that a server database (PostgreSQL) can sit
/// behind the same contract as the embedded SQLite file.
/// </summary>
public interface INetworkStore
{
    Task<NetworkCatalog> GetCatalogAsync(CancellationToken cancellationToken = default);

    /// <summary>The days with history, or null when the store holds none yet.</summary>
    Task<HistoryWindow?> GetHistoryWindowAsync(CancellationToken cancellationToken = default);

    /// <summary>Daily packages for the scope, one entry per day in [from, to] that has data.</summary>
    Task<IReadOnlyList<DailyVolume>> GetVolumeAsync(VolumeScope scope, DateOnly from, DateOnly to, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<DailyMetric>> GetMetricAsync(string siteCode, DefectMetric metric, DateOnly from, DateOnly to, CancellationToken cancellationToken = default);

    /// <summary>Lane totals over [from, to], largest volume first.</summary>
    Task<IReadOnlyList<LaneTotal>> GetLaneTotalsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default);

    /// <summary>Packages per site summed over [from, to], largest first.</summary>
    Task<IReadOnlyList<SiteTotal>> GetSiteTotalsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<LaneDay>> GetLaneDaysAsync(string laneId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<SiteDay>> GetSiteDaysAsync(string siteCode, DateOnly from, DateOnly to, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<HourShare>> GetHourlyProfileAsync(string siteCode, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<PlantedIncident>> GetIncidentsAsync(CancellationToken cancellationToken = default);

    /// <summary>A note the store keeps about itself (for example "source" = "demo"), or null.</summary>
    Task<string?> GetInfoAsync(string key, CancellationToken cancellationToken = default);

    Task SetInfoAsync(string key, string value, CancellationToken cancellationToken = default);

    /// <summary>Everything in the store, for export.</summary>
    Task<NetworkData> ExportAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes the data in one transaction: either all of it lands or none. With replace, the
    /// network and history already in the store are removed first (in the same transaction);
    /// without it, rows are added or updated by their keys.
    /// </summary>
    Task ImportAsync(NetworkData data, bool replace, CancellationToken cancellationToken = default);
}
