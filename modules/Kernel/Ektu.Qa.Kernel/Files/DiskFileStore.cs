using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Ektu.Qa.Kernel.Files;

/// <summary>
/// Files on disk: each area in <c>Files:SharedPath</c>/<c>&lt;area&gt;</c> when a shared path is configured (a mount
/// every host sees), else in the module's own folder setting (single node). A file is written to a temporary name and
/// renamed, so a crash never leaves a half-written file under a real name.
/// </summary>
internal sealed class DiskFileStore(IConfiguration configuration, IHostEnvironment environment) : IFileStore
{
    public async Task<StoredFile> SaveAsync(FileStoreArea area, Stream content, string extension, CancellationToken ct)
    {
        var relative = FileStorePaths.NewPath(extension);
        var full = Resolve(area, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = full + ".tmp";
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long length = 0;
        await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            var buffer = new byte[81920];
            int n;
            while ((n = await content.ReadAsync(buffer, ct)) > 0)
            {
                sha.AppendData(buffer, 0, n);
                await file.WriteAsync(buffer.AsMemory(0, n), ct);
                length += n;
            }
        }
        File.Move(temp, full);
        return new StoredFile(relative, Convert.ToHexStringLower(sha.GetHashAndReset()), length);
    }

    public Stream OpenRead(FileStoreArea area, string path) =>
        new FileStream(Resolve(area, path), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);

    public Task<bool> ExistsAsync(FileStoreArea area, string path, CancellationToken ct) => Task.FromResult(File.Exists(Resolve(area, path)));

    public Task DeleteAsync(FileStoreArea area, string path, CancellationToken ct)
    {
        try
        {
            File.Delete(Resolve(area, path));
        }
        catch (IOException)
        {
            // A file held open by a reader on Windows, or a vanished folder: the record no longer names it, nothing reads it again.
        }
        catch (UnauthorizedAccessException) { /* idem */ }
        return Task.CompletedTask;
    }

    public Task<int> CountAsync(FileStoreArea area, CancellationToken ct)
    {
        var root = Root(area);
        return Task.FromResult(Directory.Exists(root) ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Count() : 0);
    }

    private string Root(FileStoreArea area)
    {
        var shared = configuration[FileStoreSetup.SharedPathSetting];
        var folder = string.IsNullOrWhiteSpace(shared) ? configuration[area.PathSetting] ?? area.DefaultPath : Path.Combine(shared, area.Name);
        return Path.GetFullPath(Path.Combine(environment.ContentRootPath, folder));
    }

    /// <summary>Files under the root only: a stored path never escapes it.</summary>
    private string Resolve(FileStoreArea area, string relativePath)
    {
        var root = Root(area);
        var full = Path.GetFullPath(Path.Combine(root, relativePath));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException("File path outside the store.");
        return full;
    }
}
