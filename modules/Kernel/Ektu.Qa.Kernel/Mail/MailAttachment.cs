using Ektu.Qa.Kernel.Files;

namespace Ektu.Qa.Kernel.Mail;

/// <summary>A file attached to an <see cref="OutgoingMail"/>: its bytes, or a file of the Kernel's file store read when the mail is sent.</summary>
public sealed class MailAttachment
{
    public required string FileName { get; init; }

    public required string ContentType { get; init; }

    public byte[]? Content { get; init; }

    /// <summary>
    /// The store's area of <see cref="FilePath"/>, registered with <see cref="FileStoreSetup.AddFileStoreArea"/>: the host that
    /// sends the mail reads the file through the store, so a file stored by another host attaches as well.
    /// </summary>
    public string? FileArea { get; init; }

    /// <summary>Read at sending time, so large archived files are not copied into the outbox.</summary>
    public string? FilePath { get; init; }

    public static MailAttachment FromBytes(string fileName, string contentType, byte[] content) =>
        new() { FileName = fileName, ContentType = contentType, Content = content };

    public static MailAttachment FromStore(string fileName, string contentType, FileStoreArea area, string path) =>
        new() { FileName = fileName, ContentType = contentType, FileArea = area.Name, FilePath = path };
}
