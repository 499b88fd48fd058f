using Dapper;
using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.Kernel.Files;

/// <summary>
/// A stored file read from <c>k_file_chunks</c> one chunk at a time, each on a pooled connection taken for that read
/// only, so a slow client holds no connection. Read-only and forward-only; opened at the first read.
/// </summary>
internal sealed class DatabaseFileStoreStream(IDbConnectionFactory factory, FileStoreArea area, string path, Func<Stream> legacy) : Stream
{
    private Stream? _fallback;
    private int _chunks = -1;
    private long _length;
    private long _position;
    private int _next;
    private byte[] _chunk = [];
    private int _offset;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_chunks < 0) await OpenAsync(cancellationToken);
        if (_fallback != null) return await _fallback.ReadAsync(buffer, cancellationToken);
        if (buffer.Length == 0) return 0;
        if (_offset == _chunk.Length)
        {
            if (_next == _chunks) return 0;
            _chunk = await QueryAsync(cn => cn.QuerySingleAsync<byte[]>(new CommandDefinition(
                "SELECT data FROM k_file_chunks WHERE area = @area AND path = @path AND seq = @seq",
                new { area = area.Name, path, seq = _next }, cancellationToken: cancellationToken)), cancellationToken);
            _next++;
            _offset = 0;
        }
        var n = Math.Min(buffer.Length, _chunk.Length - _offset);
        _chunk.AsMemory(_offset, n).CopyTo(buffer);
        _offset += n;
        _position += n;
        if (_next == _chunks && _offset == _chunk.Length && _position != _length)
            throw new InvalidDataException($"Stored file {area.Name}/{path} has {_position} bytes, its record says {_length}.");
        return n;
    }

    public override void Flush() { }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _fallback?.Dispose();
        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        if (_fallback != null) await _fallback.DisposeAsync();
        await base.DisposeAsync();
    }

    private async Task OpenAsync(CancellationToken ct)
    {
        var rows = await QueryAsync(cn => cn.QueryAsync<(long Chunks, long Length)>(new CommandDefinition(
            "SELECT chunks, length FROM k_files WHERE area = @area AND path = @path", new { area = area.Name, path }, cancellationToken: ct)), ct);
        var row = rows.ToList();
        if (row.Count == 0)
        {
            _fallback = legacy(); // throws FileNotFoundException when the folder does not have it either
            _chunks = 0;
            return;
        }
        (_chunks, _length) = ((int)row[0].Chunks, row[0].Length);
    }

    private async Task<T> QueryAsync<T>(Func<System.Data.Common.DbConnection, Task<T>> query, CancellationToken ct)
    {
        var cn = await factory.OpenAsync(ct);
        try
        {
            return await query(cn);
        }
        finally
        {
            await factory.ReleaseAsync(cn);
        }
    }
}
