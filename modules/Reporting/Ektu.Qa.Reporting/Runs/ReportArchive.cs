using System.Security.Cryptography;
using Ektu.Qa.Kernel.Files;

namespace Ektu.Qa.Reporting.Runs;

/// <summary>
/// Archived report files in the Kernel's file store (the database on MySQL, <c>Files:SharedPath</c> or
/// <c>Reporting:ArchivePath</c> on disk), so a run produced on one host downloads and is mailed from any other. A run is
/// generated into a temporary file of its host first and stored in the unit of work that records it as succeeded: a host
/// killed mid-write leaves no archived file and no record of one.
/// </summary>
internal sealed class ReportArchive(IFileStore store) : ModuleFileStore(store, Area)
{
    public static readonly FileStoreArea Area = new("Reporting", "Reporting:ArchivePath", Path.Combine("App_Data", "reports"));

    /// <summary>
    /// A file of this host's temp folder, deleted when closed (or by the OS when the process dies): generation holds no
    /// transaction while it runs.
    /// </summary>
    public static FileStream CreateScratch() =>
        new(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 64 * 1024,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);

    /// <summary>True when the archived file exists and still has its checksum.</summary>
    public async Task<bool> IsIntactAsync(string path, string checksum, CancellationToken ct)
    {
        if (!await ExistsAsync(path, ct)) return false;
        try
        {
            await using var read = OpenRead(path);
            return Convert.ToHexStringLower(await SHA256.HashDataAsync(read, ct)) == checksum;
        }
        catch (InvalidDataException)
        {
            // The database store found the chunks disagreeing with the file's recorded length.
            return false;
        }
    }
}
