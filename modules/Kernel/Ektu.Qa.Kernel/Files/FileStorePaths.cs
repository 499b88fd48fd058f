using System.Globalization;

namespace Ektu.Qa.Kernel.Files;

/// <summary>The path a new file gets in either store: its year and a random name (never the uploader's name).</summary>
internal static class FileStorePaths
{
    public static string NewPath(string extension) =>
        DateTime.UtcNow.ToString("yyyy", CultureInfo.InvariantCulture) + "/" + Guid.NewGuid().ToString("N") + "." + extension;
}
