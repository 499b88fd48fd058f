using System.Security.Cryptography;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Timing;

namespace Ektu.Qa.Kernel.Files;

/// <summary>
/// Files in the database, for a cluster with no shared folder: <c>k_files</c> holds a file's length and SHA-256,
/// <c>k_file_chunks</c> its bytes in rows of <see cref="ChunkSize"/>. Written in the caller's unit of work, so a file
/// belongs to the change that stores it and a rollback leaves nothing; read chunk by chunk, one in memory at a time.
/// A path the tables do not hold is read from the area's folder (<paramref name="disk"/>): files stored before the switch.
/// </summary>
internal sealed class DatabaseFileStore(IDbSession db, IDbConnectionFactory factory, DiskFileStore disk, IClock clock) : IFileStore
{
    /// <summary>256 KiB: far below MySQL's default packet limit (16 MiB on MariaDB 10.11), few rows per document.</summary>
    public const int ChunkSize = 256 * 1024;

    private const string InsertChunk = "INSERT INTO k_file_chunks (area, path, seq, data) VALUES (@area, @path, @seq, @data)";

    public async Task<StoredFile> SaveAsync(FileStoreArea area, Stream content, string extension, CancellationToken ct)
    {
        var path = FileStorePaths.NewPath(extension);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[ChunkSize];
        long length = 0;
        var seq = 0;
        while (true)
        {
            var n = await content.ReadAtLeastAsync(buffer, ChunkSize, throwOnEndOfStream: false, ct);
            if (n == 0) break;
            sha.AppendData(buffer, 0, n);
            var data = n == ChunkSize ? buffer : buffer[..n];
            await db.ExecuteAsync(InsertChunk, new { area = area.Name, path, seq, data }, ct);
            length += n;
            seq++;
            if (n < ChunkSize) break;
        }
        var hash = Convert.ToHexStringLower(sha.GetHashAndReset());
        await db.ExecuteAsync(
            "INSERT INTO k_files (area, path, length, chunks, sha256, created_at) VALUES (@area, @path, @length, @seq, @hash, @at)",
            new { area = area.Name, path, length, seq, hash, at = clock.UtcNow }, ct);
        return new StoredFile(path, hash, length);
    }

    public Stream OpenRead(FileStoreArea area, string path) => new DatabaseFileStoreStream(factory, area, path, () => disk.OpenRead(area, path));

    public async Task<bool> ExistsAsync(FileStoreArea area, string path, CancellationToken ct) =>
        await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM k_files WHERE area = @area AND path = @path", new { area = area.Name, path }, ct) > 0
        || await disk.ExistsAsync(area, path, ct);

    /// <summary>In the caller's unit of work, as a save is: the rows go with the change that drops the file's record.</summary>
    public async Task DeleteAsync(FileStoreArea area, string path, CancellationToken ct)
    {
        var args = new { area = area.Name, path };
        var removed = await db.ExecuteAsync("DELETE FROM k_files WHERE area = @area AND path = @path", args, ct);
        await db.ExecuteAsync("DELETE FROM k_file_chunks WHERE area = @area AND path = @path", args, ct);
        if (removed == 0) await disk.DeleteAsync(area, path, ct);
    }

    public async Task<int> CountAsync(FileStoreArea area, CancellationToken ct) =>
        (int)await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM k_files WHERE area = @area", new { area = area.Name }, ct)
        + await disk.CountAsync(area, ct);
}
