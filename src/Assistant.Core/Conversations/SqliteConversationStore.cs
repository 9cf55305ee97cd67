using System.Globalization;
using Assistant.Core.Store;

namespace Assistant.Core.Conversations;

public sealed class SqliteConversationStore(SqliteDatabase database, TimeProvider clock) : IConversationStore
{
    public async Task<string> CreateAsync(string title, CancellationToken cancellationToken = default)
    {
        var id = Guid.NewGuid().ToString("N")[..12];
        var now = Stamp(clock.GetUtcNow());
        await using var connection = await database.OpenAsync(cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO conversations (id, title, created_utc, updated_utc) VALUES ($id, $title, $now, $now);";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$title", Shorten(title));
        command.Parameters.AddWithValue("$now", now);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return id;
    }

    // A conversation deleted while its answer was being written gets no orphaned messages.
    public async Task AppendAsync(string conversationId, StoredMessage message, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO messages (conversation_id, seq, role, text, trace_json, created_utc)
            SELECT $id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM messages WHERE conversation_id = $id), $role, $text, $trace, $at
            WHERE EXISTS (SELECT 1 FROM conversations WHERE id = $id);
            UPDATE conversations SET updated_utc = $at WHERE id = $id;
            """;
        command.Parameters.AddWithValue("$id", conversationId);
        command.Parameters.AddWithValue("$role", message.Role);
        command.Parameters.AddWithValue("$text", message.Text);
        command.Parameters.AddWithValue("$trace", (object?)message.TraceJson ?? DBNull.Value);
        command.Parameters.AddWithValue("$at", Stamp(message.CreatedUtc));
        await command.ExecuteNonQueryAsync(cancellationToken);
        transaction.Commit();
    }

    public async Task<IReadOnlyList<StoredMessage>> GetMessagesAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT role, text, trace_json, created_utc FROM messages WHERE conversation_id = $id ORDER BY seq;";
        command.Parameters.AddWithValue("$id", conversationId);
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var messages = new List<StoredMessage>();
        while (await reader.ReadAsync(cancellationToken))
        {
            messages.Add(new StoredMessage(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), Parse(reader.GetString(3))));
        }

        return messages;
    }

    public async Task<IReadOnlyList<ConversationSummary>> ListAsync(int limit = 50, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT c.id, c.title, c.created_utc, c.updated_utc,
                   (SELECT COUNT(*) FROM messages m WHERE m.conversation_id = c.id AND m.role = 'user')
            FROM conversations c ORDER BY c.updated_utc DESC, c.rowid DESC LIMIT $limit;
            """;
        command.Parameters.AddWithValue("$limit", limit);
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<ConversationSummary>();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new ConversationSummary(reader.GetString(0), reader.GetString(1), Parse(reader.GetString(2)), Parse(reader.GetString(3)), reader.GetInt32(4)));
        }

        return list;
    }

    public async Task<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM conversations WHERE id = $id;";
        command.Parameters.AddWithValue("$id", conversationId);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) > 0;
    }

    public async Task<bool> DeleteAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            DELETE FROM messages WHERE conversation_id = $id;
            DELETE FROM conversations WHERE id = $id;
            SELECT changes();
            """;
        command.Parameters.AddWithValue("$id", conversationId);
        var deleted = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        transaction.Commit();
        return deleted > 0;
    }

    public async Task<int> DeleteUpdatedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        // Messages first: they refer to their conversation.
        command.CommandText = """
            DELETE FROM messages WHERE conversation_id IN (SELECT id FROM conversations WHERE updated_utc < $cutoff);
            DELETE FROM conversations WHERE updated_utc < $cutoff;
            SELECT changes();
            """;
        command.Parameters.AddWithValue("$cutoff", Stamp(cutoff));
        var deleted = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        transaction.Commit();
        return deleted;
    }

    private static string Shorten(string title)
    {
        var oneLine = string.Join(' ', title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return oneLine.Length <= 60 ? oneLine : oneLine[..57] + "...";
    }

    // Round-trip format with a fixed width so that text order is time order.
    private static string Stamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
