using Microsoft.Data.Sqlite;

namespace Assistant.Core.Store;

/// <summary>
/// One SQLite file: opens connections and brings the schema up to date on first use. The file
/// and its folder are created when missing.
/// </summary>
public sealed class SqliteDatabase
{
    private readonly string _connectionString;
    private readonly SemaphoreSlim _migrateOnce = new(1, 1);
    private bool _migrated;

    public SqliteDatabase(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ArgumentException("A database path is required.", nameof(path));
        }

        FilePath = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(FilePath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            // Each connection keeps its own cache: in shared-cache mode connections lock whole
            // tables against each other, so readers waited on every conversation write, while
            // WAL already lets readers run beside the one writer.
            Cache = SqliteCacheMode.Private,
            Pooling = true,
        }.ToString();
    }

    public string FilePath { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        // In WAL mode NORMAL syncs at checkpoints rather than at every commit: a crash or kill of
        // the process loses nothing committed (only a power cut may lose the last commits), and
        // each saved chat turn no longer waits for the disk.
        using (var synchronous = connection.CreateCommand())
        {
            synchronous.CommandText = "PRAGMA synchronous = NORMAL;";
            await synchronous.ExecuteNonQueryAsync(cancellationToken);
        }

        if (!_migrated)
        {
            await _migrateOnce.WaitAsync(cancellationToken);
            try
            {
                if (!_migrated)
                {
                    SqliteSchema.Migrate(connection);
                    _migrated = true;
                }
            }
            finally
            {
                _migrateOnce.Release();
            }
        }

        return connection;
    }

    /// <summary>Releases pooled connections so the file can be deleted or copied.</summary>
    public static void ReleasePooledConnections() => SqliteConnection.ClearAllPools();
}
