using System.Globalization;
using Assistant.Core.Store;

namespace Assistant.Core.Tests;

/// <summary>
/// Enough of a store file's contents to tell whether anything changed: for every table its row
/// count and a checksum of its values. Read straight from the file so that no cached catalog can
/// hide a change, and cheap enough to take before and after every rejected import.
/// </summary>
public sealed record StoreSnapshot(IReadOnlyList<string> Tables)
{
    private static readonly string[] Queries =
    [
        "SELECT 'regions', COUNT(*), group_concat(code || name, ',') FROM regions",
        "SELECT 'sites', COUNT(*), group_concat(code || kind || region || latitude, ',') FROM sites",
        "SELECT 'lanes', COUNT(*), group_concat(id || trailer_capacity_packages || cost_per_truck_usd || transit_hours || critical_pull_time, ',') FROM lanes",
        "SELECT 'sort_capacity', COUNT(*), group_concat(site || sort_capacity_per_hour || shifts_json, ',') FROM sort_capacity",
        "SELECT 'hourly_profile', COUNT(*), SUM(share) FROM hourly_profile",
        "SELECT 'site_days', COUNT(*), SUM(packages) || '/' || MIN(day) || '/' || MAX(day) || '/' || SUM(missort_rate_pct) || '/' || SUM(dwell_hours) FROM site_days",
        "SELECT 'lane_days', COUNT(*), SUM(packages) || '/' || SUM(trucks) || '/' || SUM(late_departures) FROM lane_days",
        "SELECT 'incidents', COUNT(*), group_concat(kind || site, ',') FROM incidents",
    ];

    public int Count(string table) => int.Parse(Tables.Single(t => t.StartsWith(table + " ", StringComparison.Ordinal)).Split(' ')[1], CultureInfo.InvariantCulture);

    public static async Task<StoreSnapshot> TakeAsync(SqliteDatabase database)
    {
        await using var connection = await database.OpenAsync();
        var tables = new List<string>();
        foreach (var sql in Queries)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            tables.Add($"{reader.GetString(0)} {reader.GetInt64(1)} {(reader.IsDBNull(2) ? "" : Convert.ToString(reader.GetValue(2), CultureInfo.InvariantCulture))}");
        }

        return new StoreSnapshot(tables);
    }

    // Records compare lists by reference; a snapshot is equal when every table is.
    public bool Equals(StoreSnapshot? other) => other is not null && Tables.SequenceEqual(other.Tables);

    public override int GetHashCode() => Tables.Count;

    public override string ToString() => string.Join("\n", Tables);
}
