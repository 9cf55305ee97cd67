using Microsoft.Data.Sqlite;

namespace Assistant.Core.Store;

/// <summary>
/// The schema as an ordered list of migrations. A file records the version it has reached;
/// opening it applies the ones after that, each in its own transaction. Never edit a shipped
/// migration: add the next one.
/// </summary>
public static class SqliteSchema
{
    private static readonly string[] Migrations =
    [
        // 1: the network and its daily history.
        """
        CREATE TABLE regions (code TEXT NOT NULL PRIMARY KEY, name TEXT NOT NULL);
        CREATE TABLE sites (
            code TEXT NOT NULL PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, region TEXT NOT NULL,
            city TEXT NOT NULL, state TEXT NOT NULL, latitude REAL NOT NULL, longitude REAL NOT NULL);
        CREATE TABLE lanes (
            id TEXT NOT NULL PRIMARY KEY, origin TEXT NOT NULL, destination TEXT NOT NULL,
            trailer_capacity_packages INTEGER NOT NULL, cost_per_truck_usd REAL NOT NULL,
            transit_hours REAL NOT NULL, critical_pull_time TEXT NOT NULL);
        CREATE TABLE sort_capacity (
            site TEXT NOT NULL PRIMARY KEY, sort_capacity_per_hour INTEGER NOT NULL, units_per_labor_hour REAL NOT NULL,
            labor_rate_usd REAL NOT NULL, overtime_rate_usd REAL NOT NULL, shifts_json TEXT NOT NULL);
        CREATE TABLE site_days (
            site TEXT NOT NULL, day TEXT NOT NULL, packages INTEGER NOT NULL,
            missort_rate_pct REAL, late_departures INTEGER, dwell_hours REAL,
            PRIMARY KEY (site, day)) WITHOUT ROWID;
        CREATE TABLE lane_days (
            lane TEXT NOT NULL, day TEXT NOT NULL, packages INTEGER NOT NULL, trucks INTEGER NOT NULL,
            late_departures INTEGER NOT NULL, PRIMARY KEY (lane, day)) WITHOUT ROWID;
        CREATE INDEX lane_days_by_day ON lane_days (day);
        CREATE TABLE hourly_profile (site TEXT NOT NULL, hour INTEGER NOT NULL, share REAL NOT NULL, PRIMARY KEY (site, hour));
        CREATE TABLE incidents (
            id INTEGER PRIMARY KEY, kind TEXT NOT NULL, site TEXT NOT NULL, start_day TEXT NOT NULL,
            end_day TEXT NOT NULL, metric TEXT NOT NULL, magnitude REAL NOT NULL, description TEXT NOT NULL);
        """,
        // 2: conversations, so a chat survives a restart.
        """
        CREATE TABLE conversations (id TEXT NOT NULL PRIMARY KEY, title TEXT NOT NULL, created_utc TEXT NOT NULL, updated_utc TEXT NOT NULL);
        CREATE TABLE messages (
            conversation_id TEXT NOT NULL REFERENCES conversations (id), seq INTEGER NOT NULL, role TEXT NOT NULL,
            text TEXT NOT NULL, trace_json TEXT, created_utc TEXT NOT NULL, PRIMARY KEY (conversation_id, seq));
        """,
        // 3: an incident is known by kind, site and start, so importing it again replaces it;
        // a version number bumped by every import tells other processes their cached network is stale.
        """
        DELETE FROM incidents WHERE id NOT IN (SELECT MIN(id) FROM incidents GROUP BY kind, site, start_day);
        CREATE UNIQUE INDEX incidents_by_key ON incidents (kind, site, start_day);
        CREATE TABLE network_version (version INTEGER NOT NULL);
        INSERT INTO network_version (version) VALUES (0);
        """,
        // 4: notes the store keeps about itself, such as where its data came from.
        """
        CREATE TABLE store_info (key TEXT NOT NULL PRIMARY KEY, value TEXT NOT NULL);
        """,
    ];

    public static int LatestVersion => Migrations.Length;

    public static void Migrate(SqliteConnection connection)
    {
        Execute(connection, null, "PRAGMA journal_mode = WAL;");
        Execute(connection, null, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);");
        var current = CurrentVersion(connection);
        if (current > Migrations.Length)
        {
            throw new InvalidOperationException(
                $"The database is at schema version {current}, newer than this program knows ({Migrations.Length}). Use a newer build.");
        }

        for (var version = current + 1; version <= Migrations.Length; version++)
        {
            using var transaction = connection.BeginTransaction();
            Execute(connection, transaction, Migrations[version - 1]);
            Execute(connection, transaction, "DELETE FROM schema_version;");
            Execute(connection, transaction, $"INSERT INTO schema_version (version) VALUES ({version});");
            transaction.Commit();
        }
    }

    public static int CurrentVersion(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version;";
        return Convert.ToInt32(command.ExecuteScalar());
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
