using System.Globalization;
using System.Text.Json;
using Assistant.Core.History;
using Assistant.Core.Network;
using Microsoft.Data.Sqlite;

namespace Assistant.Core.Store;

/// <summary>The network and its history in a SQLite file.</summary>
public sealed class SqliteNetworkStore(SqliteDatabase database) : INetworkStore
{
    // Each cache is one reference, replaced whole, so that a request on another thread sees a
    // version and the value read at that version together (a struct pair could be torn).
    private Cached<NetworkCatalog>? _catalog;
    private Cached<HistoryWindow?>? _window;

    /// <summary>
    /// The catalog is cached, and re-read when the network version in the file has moved on, so
    /// that an import by another process (the CLI while the web app runs) is seen at once.
    /// </summary>
    public async Task<NetworkCatalog> GetCatalogAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var version = NetworkVersion(connection);
        if (_catalog is { } cached && cached.Version == version)
        {
            return cached.Value;
        }

        var regions = Read(connection, "SELECT code, name FROM regions ORDER BY code;", r => new Region(r.GetString(0), r.GetString(1)));
        var sites = Read(connection,
            "SELECT code, name, kind, region, city, state, latitude, longitude FROM sites ORDER BY kind, code;",
            r => new Site(r.GetString(0), r.GetString(1), Enum.Parse<SiteKind>(r.GetString(2)), r.GetString(3),
                r.GetString(4), r.GetString(5), r.GetDouble(6), r.GetDouble(7)));
        var lanes = Read(connection,
            "SELECT origin, destination, trailer_capacity_packages, cost_per_truck_usd, transit_hours, critical_pull_time FROM lanes ORDER BY id;",
            r => new Lane(r.GetString(0), r.GetString(1), r.GetInt32(2), (decimal)r.GetDouble(3), r.GetDouble(4),
                SqlDates.TimeFromSql(r.GetString(5))));
        var capacities = Read(connection,
            "SELECT site, sort_capacity_per_hour, units_per_labor_hour, labor_rate_usd, overtime_rate_usd, shifts_json FROM sort_capacity ORDER BY site;",
            r => new SortCenterCapacity(r.GetString(0), r.GetInt32(1),
                JsonSerializer.Deserialize<List<Shift>>(r.GetString(5)) ?? [],
                r.GetDouble(2), (decimal)r.GetDouble(3), (decimal)r.GetDouble(4)));
        var catalog = new NetworkCatalog(regions, sites, lanes, capacities);
        _catalog = new Cached<NetworkCatalog>(version, catalog);
        return catalog;
    }

    /// <summary>
    /// Cached like the catalog: finding the first and last day scans every site's days (the key
    /// is site first), and nearly every question asks for the window, so under load the scan was
    /// over half of a history question's work (bench/README.md, "load").
    /// </summary>
    public async Task<HistoryWindow?> GetHistoryWindowAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var version = NetworkVersion(connection);
        if (_window is { } cached && cached.Version == version)
        {
            return cached.Value;
        }

        var window = Read(connection, "SELECT MIN(day), MAX(day) FROM site_days;",
            r => r.IsDBNull(0) ? null : new HistoryWindow(SqlDates.FromSql(r.GetString(0)), SqlDates.FromSql(r.GetString(1)))).Single();
        _window = new Cached<HistoryWindow?>(version, window);
        return window;
    }

    // Bumped by every import, in this process or another one.
    private static long NetworkVersion(SqliteConnection connection) =>
        Read(connection, "SELECT version FROM network_version;", r => r.GetInt64(0)).Single();

    public async Task<IReadOnlyList<DailyVolume>> GetVolumeAsync(VolumeScope scope, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var sql = scope.Kind switch
        {
            VolumeScopeKind.Site => "SELECT day, packages FROM site_days WHERE site = $code AND day BETWEEN $from AND $to ORDER BY day;",
            VolumeScopeKind.Lane => "SELECT day, packages FROM lane_days WHERE lane = $code AND day BETWEEN $from AND $to ORDER BY day;",
            VolumeScopeKind.Region => """
                SELECT d.day, SUM(d.packages) FROM site_days d JOIN sites s ON s.code = d.site
                WHERE s.kind = 'DeliveryStation' AND s.region = $code AND d.day BETWEEN $from AND $to
                GROUP BY d.day ORDER BY d.day;
                """,
            _ => """
                SELECT d.day, SUM(d.packages) FROM site_days d JOIN sites s ON s.code = d.site
                WHERE s.kind = 'DeliveryStation' AND d.day BETWEEN $from AND $to
                GROUP BY d.day ORDER BY d.day;
                """,
        };
        await using var connection = await database.OpenAsync(cancellationToken);
        return Read(connection, sql, r => new DailyVolume(SqlDates.FromSql(r.GetString(0)), r.GetInt64(1)),
            ("$code", scope.Code ?? ""), ("$from", SqlDates.ToSql(from)), ("$to", SqlDates.ToSql(to)));
    }

    public async Task<IReadOnlyList<DailyMetric>> GetMetricAsync(string siteCode, DefectMetric metric, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var column = metric switch
        {
            DefectMetric.MissortRate => "missort_rate_pct",
            DefectMetric.LateDepartures => "late_departures",
            DefectMetric.DwellHours => "dwell_hours",
            _ => throw new ArgumentOutOfRangeException(nameof(metric)),
        };
        await using var connection = await database.OpenAsync(cancellationToken);
        return Read(connection,
            $"SELECT day, {column} FROM site_days WHERE site = $site AND day BETWEEN $from AND $to AND {column} IS NOT NULL ORDER BY day;",
            r => new DailyMetric(SqlDates.FromSql(r.GetString(0)), r.GetDouble(1)),
            ("$site", siteCode), ("$from", SqlDates.ToSql(from)), ("$to", SqlDates.ToSql(to)));
    }

    public async Task<IReadOnlyList<LaneTotal>> GetLaneTotalsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return Read(connection,
            """
            SELECT lane, SUM(packages) AS total, SUM(trucks), SUM(late_departures) FROM lane_days
            WHERE day BETWEEN $from AND $to GROUP BY lane ORDER BY total DESC, lane;
            """,
            r => new LaneTotal(r.GetString(0), r.GetInt64(1), r.GetInt32(2), r.GetInt32(3)),
            ("$from", SqlDates.ToSql(from)), ("$to", SqlDates.ToSql(to)));
    }

    public async Task<IReadOnlyList<SiteTotal>> GetSiteTotalsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return Read(connection,
            """
            SELECT site, SUM(packages) AS total, COUNT(*) FROM site_days
            WHERE day BETWEEN $from AND $to GROUP BY site ORDER BY total DESC, site;
            """,
            r => new SiteTotal(r.GetString(0), r.GetInt64(1), r.GetInt32(2)),
            ("$from", SqlDates.ToSql(from)), ("$to", SqlDates.ToSql(to)));
    }

    public async Task<IReadOnlyList<LaneDay>> GetLaneDaysAsync(string laneId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return Read(connection,
            "SELECT lane, day, packages, trucks, late_departures FROM lane_days WHERE lane = $lane AND day BETWEEN $from AND $to ORDER BY day;",
            ReadLaneDay, ("$lane", laneId), ("$from", SqlDates.ToSql(from)), ("$to", SqlDates.ToSql(to)));
    }

    public async Task<IReadOnlyList<SiteDay>> GetSiteDaysAsync(string siteCode, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return Read(connection,
            "SELECT site, day, packages, missort_rate_pct, late_departures, dwell_hours FROM site_days WHERE site = $site AND day BETWEEN $from AND $to ORDER BY day;",
            ReadSiteDay, ("$site", siteCode), ("$from", SqlDates.ToSql(from)), ("$to", SqlDates.ToSql(to)));
    }

    public async Task<IReadOnlyList<HourShare>> GetHourlyProfileAsync(string siteCode, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return Read(connection, "SELECT hour, share FROM hourly_profile WHERE site = $site ORDER BY hour;",
            r => new HourShare(r.GetInt32(0), r.GetDouble(1)), ("$site", siteCode));
    }

    public async Task<IReadOnlyList<PlantedIncident>> GetIncidentsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return Read(connection, "SELECT kind, site, start_day, end_day, metric, magnitude, description FROM incidents ORDER BY start_day, id;",
            r => new PlantedIncident(r.GetString(0), r.GetString(1), SqlDates.FromSql(r.GetString(2)),
                SqlDates.FromSql(r.GetString(3)), r.GetString(4), r.GetDouble(5), r.GetString(6)));
    }

    public async Task<string?> GetInfoAsync(string key, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return Read(connection, "SELECT value FROM store_info WHERE key = $key;", r => r.GetString(0), ("$key", key)).SingleOrDefault();
    }

    public async Task SetInfoAsync(string key, string value, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT OR REPLACE INTO store_info (key, value) VALUES ($key, $value);";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$value", value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<NetworkData> ExportAsync(CancellationToken cancellationToken = default)
    {
        var catalog = await GetCatalogAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        var siteDays = Read(connection,
            "SELECT site, day, packages, missort_rate_pct, late_departures, dwell_hours FROM site_days ORDER BY site, day;", ReadSiteDay);
        var laneDays = Read(connection,
            "SELECT lane, day, packages, trucks, late_departures FROM lane_days ORDER BY lane, day;", ReadLaneDay);
        var profiles = Read(connection, "SELECT site, hour, share FROM hourly_profile ORDER BY site, hour;",
                r => (Site: r.GetString(0), Share: new HourShare(r.GetInt32(1), r.GetDouble(2))))
            .GroupBy(x => x.Site)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<HourShare>)g.Select(x => x.Share).ToList());
        var incidents = await GetIncidentsAsync(cancellationToken);
        return new NetworkData(catalog.Regions, catalog.Sites, catalog.Lanes, catalog.Capacities, siteDays, laneDays, profiles, incidents);
    }

    public async Task ImportAsync(NetworkData data, bool replace, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        if (replace)
        {
            foreach (var table in new[] { "regions", "sites", "lanes", "sort_capacity", "site_days", "lane_days", "hourly_profile", "incidents" })
            {
                Execute(connection, transaction, $"DELETE FROM {table};");
            }
        }

        Bulk(connection, transaction, "INSERT OR REPLACE INTO regions (code, name) VALUES ($0, $1);",
            data.Regions, r => [r.Code, r.Name]);
        Bulk(connection, transaction,
            "INSERT OR REPLACE INTO sites (code, name, kind, region, city, state, latitude, longitude) VALUES ($0, $1, $2, $3, $4, $5, $6, $7);",
            data.Sites, s => [s.Code, s.Name, s.Kind.ToString(), s.RegionCode, s.City, s.State, s.Latitude, s.Longitude]);
        Bulk(connection, transaction,
            "INSERT OR REPLACE INTO lanes (id, origin, destination, trailer_capacity_packages, cost_per_truck_usd, transit_hours, critical_pull_time) VALUES ($0, $1, $2, $3, $4, $5, $6);",
            data.Lanes, l => [l.Id, l.Origin, l.Destination, l.TrailerCapacityPackages, (double)l.CostPerTruckUsd, l.TransitHours, SqlDates.ToSql(l.CriticalPullTime)]);
        Bulk(connection, transaction,
            "INSERT OR REPLACE INTO sort_capacity (site, sort_capacity_per_hour, units_per_labor_hour, labor_rate_usd, overtime_rate_usd, shifts_json) VALUES ($0, $1, $2, $3, $4, $5);",
            data.Capacities, c => [c.SiteCode, c.SortCapacityPackagesPerHour, c.UnitsPerLaborHour, (double)c.LaborRateUsdPerHour, (double)c.OvertimeRateUsdPerHour, JsonSerializer.Serialize(c.Shifts)]);
        Bulk(connection, transaction,
            "INSERT OR REPLACE INTO site_days (site, day, packages, missort_rate_pct, late_departures, dwell_hours) VALUES ($0, $1, $2, $3, $4, $5);",
            data.SiteDays, d => [d.SiteCode, SqlDates.ToSql(d.Date), d.Packages, d.MissortRatePct, d.LateDepartures, d.DwellHours]);
        Bulk(connection, transaction,
            "INSERT OR REPLACE INTO lane_days (lane, day, packages, trucks, late_departures) VALUES ($0, $1, $2, $3, $4);",
            data.LaneDays, d => [d.LaneId, SqlDates.ToSql(d.Date), d.Packages, d.Trucks, d.LateDepartures]);
        foreach (var (site, shares) in data.HourlyProfiles)
        {
            Execute(connection, transaction, "DELETE FROM hourly_profile WHERE site = $0;", site);
            Bulk(connection, transaction, "INSERT INTO hourly_profile (site, hour, share) VALUES ($0, $1, $2);",
                shares, h => [site, h.Hour, h.Share]);
        }

        Bulk(connection, transaction,
            "INSERT OR REPLACE INTO incidents (kind, site, start_day, end_day, metric, magnitude, description) VALUES ($0, $1, $2, $3, $4, $5, $6);",
            data.Incidents, i => [i.Kind, i.SiteCode, SqlDates.ToSql(i.Start), SqlDates.ToSql(i.End), i.Metric, i.Magnitude, i.Description]);

        Execute(connection, transaction, "UPDATE network_version SET version = version + 1;");
        await transaction.CommitAsync(cancellationToken);
        _catalog = null;
        _window = null;
    }

    private static LaneDay ReadLaneDay(SqliteDataReader r) =>
        new(r.GetString(0), SqlDates.FromSql(r.GetString(1)), r.GetInt64(2), r.GetInt32(3), r.GetInt32(4));

    private static SiteDay ReadSiteDay(SqliteDataReader r) => new(
        r.GetString(0), SqlDates.FromSql(r.GetString(1)), r.GetInt64(2),
        r.IsDBNull(3) ? null : r.GetDouble(3),
        r.IsDBNull(4) ? null : r.GetInt32(4),
        r.IsDBNull(5) ? null : r.GetDouble(5));

    private static List<T> Read<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> map, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql, params object[] values)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.AddWithValue("$" + i.ToString(CultureInfo.InvariantCulture), values[i]);
        }

        command.ExecuteNonQuery();
    }

    /// <summary>One prepared statement reused for every row: the fast way to load years of history.</summary>
    private static void Bulk<T>(SqliteConnection connection, SqliteTransaction transaction, string sql, IEnumerable<T> rows, Func<T, object?[]> values)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        SqliteParameter[]? parameters = null;
        foreach (var row in rows)
        {
            var rowValues = values(row);
            if (parameters is null)
            {
                parameters = new SqliteParameter[rowValues.Length];
                for (var i = 0; i < rowValues.Length; i++)
                {
                    parameters[i] = command.Parameters.Add(new SqliteParameter("$" + i.ToString(CultureInfo.InvariantCulture), null));
                }

                command.Prepare();
            }

            for (var i = 0; i < rowValues.Length; i++)
            {
                parameters[i].Value = rowValues[i] ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
        }
    }

    private sealed record Cached<T>(long Version, T Value);
}
