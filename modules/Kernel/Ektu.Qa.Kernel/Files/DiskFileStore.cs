using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Ektu.Qa.Kernel.Files;

/// <summary>
/// Uploaded files on disk under a configured folder (relative to the content root). A file is written to a temporary
/// name and renamed, so a crash never leaves a half-written file under a real name. Each module derives its own store
/// (its own folder setting), so two modules' stores are two services.
/// </summary>
public abstract class DiskFileStore(IConfiguration configuration, IHostEnvironment environment, string pathSetting, string defaultPath)
{
    private readonly string _root = Path.GetFullPath(Path.Combine(environment.ContentRootPath, configuration[pathSetting] ?? defaultPath));

    /// <summary>Stores <paramref name="content"/>; returns the path relative to the store root and its SHA-256.</summary>
    public async Task<(string RelativePath, string Sha256)> SaveAsync(byte[] content, string extension, CancellationToken ct)
    {
        var relative = Path.Combine(DateTime.UtcNow.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture),
            Guid.NewGuid().ToString("N") + "." + extension);
        var full = Resolve(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = full + ".tmp";
        await File.WriteAllBytesAsync(temp, content, ct);
        File.Move(temp, full);
        return (relative.Replace('\\', '/'), Convert.ToHexStringLower(SHA256.HashData(content)));
    }

    public Stream OpenRead(string relativePath) =>
        new FileStream(Resolve(relativePath), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);

    public bool Exists(string relativePath) => File.Exists(Resolve(relativePath));

    /// <summary>How many files are stored (tests: a rejected upload stores nothing).</summary>
    public int Count() => Directory.Exists(_root) ? Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories).Count() : 0;

    /// <summary>Files under the root only: a stored path never escapes it.</summary>
    private string Resolve(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(_root, relativePath));
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar,
            StringComparison.Ordinal)) throw new InvalidOperationException("File path outside the store.");
        return full;
    }
}
