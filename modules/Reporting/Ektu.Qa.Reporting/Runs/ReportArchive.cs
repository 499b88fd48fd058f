using System.Security.Cryptography;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Ektu.Qa.Reporting.Runs;

/// <summary>
/// Archived files on disk under <c>Reporting:ArchivePath</c>. A file is written to <c>.tmp/</c>, flushed to disk, then
/// renamed into place (atomic on one file system): a host killed mid-write leaves only a temp file, never a partial
/// archived one.
/// </summary>
internal sealed class ReportArchive(IOptions<ReportingOptions> options, IHostEnvironment env)
{
    public string Root { get; } =
        Path.GetFullPath(Path.IsPathRooted(options.Value.ArchivePath) ? options.Value.ArchivePath
        : Path.Combine(env.ContentRootPath, options.Value.ArchivePath));

    public string TempFolder => Path.Combine(Root, ".tmp");

    /// <summary>Writes through <paramref name="write"/> and returns the final path, size and SHA-256.</summary>
    public async Task<(string Path, long Size, string Checksum, T Result)> WriteAsync<T>(Guid runId, string extension, DateTime now, Func<Stream,
        Task<T>> write, CancellationToken ct)
    {
        Directory.CreateDirectory(TempFolder);
        var temp = Path.Combine(TempFolder, runId.ToString("N") + extension);
        var folder = Path.Combine(Root, now.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture),
            now.ToString("MM", System.Globalization.CultureInfo.InvariantCulture));
        var final = Path.Combine(folder, runId.ToString("N") + extension);
        try
        {
            T result;
            await using (var fs = new FileStream(temp, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.Asynchronous))
            {
                result = await write(fs);
                await fs.FlushAsync(ct);
                fs.Flush(flushToDisk: true);
            }
            string checksum;
            long size;
            await using (var read = File.OpenRead(temp))
            {
                size = read.Length;
                checksum = Convert.ToHexStringLower(await SHA256.HashDataAsync(read, ct));
            }
            Directory.CreateDirectory(folder);
            File.Move(temp, final, overwrite: true);
            return (final, size, checksum, result);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>True when the archived file exists and still has its checksum.</summary>
    public static async Task<bool> IsIntactAsync(string path, string checksum, CancellationToken ct)
    {
        if (!File.Exists(path)) return false;
        await using var read = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(read, ct)) == checksum;
    }

    public void DeleteTemp(Guid runId)
    {
        if (!Directory.Exists(TempFolder)) return;
        foreach (var f in Directory.EnumerateFiles(TempFolder, runId.ToString("N") + ".*")) TryDelete(f);
    }

    public static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (IOException) { /* purged again by the next purge run */ }
        catch (UnauthorizedAccessException) { /* idem */ }
    }
}
