using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Ektu.Qa.QaCommission.Data;

/// <summary>
/// Orders, materials, signed scans and evidence on disk under <c>QaCommission:FileStorePath</c> (default
/// App_Data/qc-files), written to a temporary name and renamed so a crash never leaves a half-written file.
/// </summary>
internal sealed class FileStore(IConfiguration configuration, IHostEnvironment environment)
{
    private readonly string _root = Path.GetFullPath(Path.Combine(environment.ContentRootPath, configuration["QaCommission:FileStorePath"] ?? Path.Combine("App_Data", "qc-files")));

    public async Task<(string RelativePath, string Sha256)> SaveAsync(byte[] content, string extension, CancellationToken ct)
    {
        var relative = Path.Combine(DateTime.UtcNow.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture), Guid.NewGuid().ToString("N") + "." + extension);
        var full = Resolve(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = full + ".tmp";
        await File.WriteAllBytesAsync(temp, content, ct);
        File.Move(temp, full);
        return (relative.Replace('\\', '/'), Convert.ToHexStringLower(SHA256.HashData(content)));
    }

    public Stream OpenRead(string relativePath) => new FileStream(Resolve(relativePath), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);

    /// <summary>Files under the root only: a stored path never escapes it.</summary>
    private string Resolve(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(_root, relativePath));
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) throw new InvalidOperationException("File path outside the store.");
        return full;
    }
}
