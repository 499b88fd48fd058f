namespace Ektu.Qa.Kernel.Mail;

/// <summary>A file attached to an <see cref="OutgoingMail"/>: its bytes, or a path read when the mail is sent.</summary>
public sealed class MailAttachment
{
    public required string FileName { get; init; }

    public required string ContentType { get; init; }

    public byte[]? Content { get; init; }

    /// <summary>Read at sending time, so large archived files are not copied into the database.</summary>
    public string? FilePath { get; init; }

    public static MailAttachment FromBytes(string fileName, string contentType, byte[] content) =>
        new() { FileName = fileName, ContentType = contentType, Content = content };

    public static MailAttachment FromFile(string fileName, string contentType, string path) =>
        new() { FileName = fileName, ContentType = contentType, FilePath = path };
}
