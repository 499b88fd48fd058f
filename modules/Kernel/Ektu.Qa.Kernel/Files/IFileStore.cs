namespace Ektu.Qa.Kernel.Files;

/// <summary>
/// The one place modules keep files: on disk (one folder per area, a shared mount in a cluster) or in the database
/// (<c>k_files</c>, <c>k_file_chunks</c>), chosen by <c>Files:Store</c>. Modules reach it through their
/// <see cref="ModuleFileStore"/>.
/// </summary>
public interface IFileStore
{
    /// <summary>Stores <paramref name="content"/> read to its end, never held whole in memory; a new path under the area.</summary>
    Task<StoredFile> SaveAsync(FileStoreArea area, Stream content, string extension, CancellationToken ct);

    /// <summary>A stream over the stored file; it reads as it is read (a missing file fails at the first read).</summary>
    Stream OpenRead(FileStoreArea area, string path);

    Task<bool> ExistsAsync(FileStoreArea area, string path, CancellationToken ct);

    /// <summary>Removes a stored file (retention); a path the store does not hold is no error.</summary>
    Task DeleteAsync(FileStoreArea area, string path, CancellationToken ct);

    /// <summary>How many files the area holds (tests: a rejected upload stores nothing).</summary>
    Task<int> CountAsync(FileStoreArea area, CancellationToken ct);
}
