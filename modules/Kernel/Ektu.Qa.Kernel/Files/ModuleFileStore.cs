namespace Ektu.Qa.Kernel.Files;

/// <summary>A module's files, kept through the Kernel's <see cref="IFileStore"/> in the module's <see cref="FileStoreArea"/>.</summary>
public abstract class ModuleFileStore(IFileStore store, FileStoreArea area)
{
    /// <summary>Stores <paramref name="content"/>; returns the path relative to the area and its SHA-256.</summary>
    public async Task<(string RelativePath, string Sha256)> SaveAsync(byte[] content, string extension, CancellationToken ct)
    {
        using var stream = new MemoryStream(content, writable: false);
        var stored = await store.SaveAsync(area, stream, extension, ct);
        return (stored.Path, stored.Sha256);
    }

    public Task<StoredFile> SaveAsync(Stream content, string extension, CancellationToken ct) => store.SaveAsync(area, content, extension, ct);

    public Stream OpenRead(string relativePath) => store.OpenRead(area, relativePath);

    public Task<bool> ExistsAsync(string relativePath, CancellationToken ct = default) => store.ExistsAsync(area, relativePath, ct);

    public Task DeleteAsync(string relativePath, CancellationToken ct = default) => store.DeleteAsync(area, relativePath, ct);

    public Task<int> CountAsync(CancellationToken ct = default) => store.CountAsync(area, ct);
}
