using System.Text;

namespace Ektu.Qa.TestKit;

/// <summary>A message the <see cref="SmtpTestServer"/> accepted: envelope and the raw (dot-unstuffed) data.</summary>
public sealed record SmtpTestMessage(string From, IReadOnlyList<string> To, string Data)
{
    /// <summary>Whether it came over a connection upgraded with STARTTLS.</summary>
    public bool Tls { get; init; }

    /// <summary>The user that authenticated on its connection, if any.</summary>
    public string? User { get; init; }

    /// <summary>The data parsed as a MIME message (headers decoded, attachments readable).</summary>
    public MimeKit.MimeMessage Mime() => MimeKit.MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(Data)));

    /// <summary>
    /// The Subject header decoded by MimeKit: RFC 2047 drops the white space between two encoded words but keeps it between
    /// an encoded word and plain text, which a hand-written decoder got wrong for a subject that mixes scripts.
    /// </summary>
    public string Subject => Mime().Subject ?? "";
}
