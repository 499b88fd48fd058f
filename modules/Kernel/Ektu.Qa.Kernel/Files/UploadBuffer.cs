using Ektu.Qa.Kernel.Errors;

namespace Ektu.Qa.Kernel.Files;

/// <summary>Reads an upload into memory up to a size limit; reading stops at the limit, so an oversize upload is never buffered whole.</summary>
public static class UploadBuffer
{
    /// <summary>
    /// The bytes (possibly none), or <see cref="ErrorCodes.FileTooLarge"/> on <paramref name="field"/> past <paramref name="maxBytes"/>.
    /// </summary>
    public static async Task<byte[]> ReadAsync(Stream content, long maxBytes, string field, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await content.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + n > maxBytes) throw ValidationException.For(field, ErrorCodes.FileTooLarge);
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }
}
