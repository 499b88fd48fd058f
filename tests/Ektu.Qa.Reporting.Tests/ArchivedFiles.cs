using Ektu.Qa.Kernel.Files;

namespace Ektu.Qa.Reporting.Tests;

/// <summary>Downloads kept in a temporary file, for readers that open a path (Open XML, LibreOffice).</summary>
internal static class ArchivedFiles
{
    public static async Task<string> ToTempFileAsync(this FileDownload file)
    {
        var path = Path.Combine(Path.GetTempPath(), "ektu-qa-tests", "download-" + Guid.NewGuid().ToString("N") + Path.GetExtension(file.FileName));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using (file.Content)
        await using (var target = File.Create(path))
            await file.Content.CopyToAsync(target);
        return path;
    }
}
