using Ektu.Qa.Kernel.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Kernel.Files;

/// <summary>
/// Chooses the file store: <c>Files:Store</c> = <c>Database</c> or <c>Disk</c>; by default the database on MySQL (every
/// host reads the same rows) unless <c>Files:SharedPath</c> names a folder all hosts mount, and the disk on SQLite.
/// </summary>
public static class FileStoreSetup
{
    public const string StoreSetting = "Files:Store";
    public const string SharedPathSetting = "Files:SharedPath";

    public static IServiceCollection AddQaFileStore(this IServiceCollection services, IConfiguration configuration, DatabaseOptions db)
    {
        services.AddSingleton<DiskFileStore>();
        if (UsesDatabase(configuration, db)) services.AddScoped<IFileStore, DatabaseFileStore>();
        else services.AddSingleton<IFileStore>(sp => sp.GetRequiredService<DiskFileStore>());
        return services;
    }

    /// <summary>
    /// Names <paramref name="area"/> to the Kernel, so something that keeps only a stored file's area name and path (a queued
    /// mail's attachment) can read it back on whichever host sends it.
    /// </summary>
    public static IServiceCollection AddFileStoreArea(this IServiceCollection services, FileStoreArea area) => services.AddSingleton(area);

    /// <summary>Whether files go to <c>k_files</c>; an unknown <c>Files:Store</c> value stops the start.</summary>
    public static bool UsesDatabase(IConfiguration configuration, DatabaseOptions db) => configuration[StoreSetting] switch
    {
        null or "" => string.IsNullOrWhiteSpace(configuration[SharedPathSetting]) && db.Provider.Equals("MySql", StringComparison.OrdinalIgnoreCase),
        var s when s.Equals("Database", StringComparison.OrdinalIgnoreCase) => true,
        var s when s.Equals("Disk", StringComparison.OrdinalIgnoreCase) => false,
        var s => throw new InvalidOperationException($"{StoreSetting} is '{s}': use Database or Disk."),
    };
}
