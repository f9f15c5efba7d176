using Microsoft.Data.Sqlite;

namespace LinkGraph.Storage.Sqlite;

/// <summary>
/// Prompt rows, buffered and appended in arrival order (the table has no secondary index; detection orders prompts
/// in memory, ties by row id, i.e. by arrival).
/// </summary>
internal sealed class PromptBuffer : IDisposable
{
    // Grows on demand up to this cap (about 0.4 GB), then is written.
    private const int BufferSize = 1 << 24;

    private readonly SqliteBulkInsert _insert;
    private PendingPrompt[] _prompts = new PendingPrompt[1024];
    private int _pending;

    public PromptBuffer(SqliteConnection connection)
    {
        _insert = new(connection, "INSERT INTO prompts (account_id, at, exact_identifier_id) VALUES", 3);
    }

    public void Add(int accountId, long at, int identifierId)
    {
        if (_pending == _prompts.Length)
        {
            Array.Resize(ref _prompts, Math.Min(_prompts.Length * 2, BufferSize));
        }

        _prompts[_pending] = new PendingPrompt(accountId, at, identifierId);
        if (++_pending == BufferSize)
        {
            Write();
        }
    }

    /// <summary>In arrival order: row ids follow arrival, which is how detection breaks ties in (account, time).</summary>
    public void Write()
    {
        foreach (var prompt in _prompts.AsSpan(0, _pending))
        {
            var row = _insert.NextRow();
            row[0] = prompt.AccountId;
            row[1] = prompt.At;
            row[2] = prompt.IdentifierId;
        }

        _insert.Flush();
        _pending = 0;
    }

    /// <summary>Drops what is buffered and staged (after a rollback).</summary>
    public void Discard()
    {
        _pending = 0;
        _insert.Discard();
    }

    public void Dispose() => _insert.Dispose();

    /// <summary>A buffered prompt row.</summary>
    private readonly record struct PendingPrompt(int AccountId, long At, int IdentifierId);
}
