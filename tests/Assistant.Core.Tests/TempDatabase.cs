using Assistant.Core.Store;

namespace Assistant.Core.Tests;

/// <summary>A real SQLite file in a fresh temp folder, removed afterwards.</summary>
public sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Folder = Path.Combine(Path.GetTempPath(), "assistant-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Database = new SqliteDatabase(Path.Combine(Folder, "network.db"));
        Store = new SqliteNetworkStore(Database);
    }

    public string Folder { get; }
    public SqliteDatabase Database { get; }
    public SqliteNetworkStore Store { get; }

    public void Dispose()
    {
        SqliteDatabase.ReleasePooledConnections();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open on a slow runner is left for the OS to clean.
        }
    }
}
