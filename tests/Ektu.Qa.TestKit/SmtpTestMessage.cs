using System.Text;
using System.Text.RegularExpressions;

namespace Ektu.Qa.TestKit;

/// <summary>A message the <see cref="SmtpTestServer"/> accepted: envelope and the raw (dot-unstuffed) data.</summary>
public sealed partial record SmtpTestMessage(string From, IReadOnlyList<string> To, string Data)
{
    /// <summary>Whether it came over a connection upgraded with STARTTLS.</summary>
    public bool Tls { get; init; }

    /// <summary>The user that authenticated on its connection, if any.</summary>
    public string? User { get; init; }

    /// <summary>The data parsed as a MIME message (headers decoded, attachments readable).</summary>
    public MimeKit.MimeMessage Mime() => MimeKit.MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(Data)));

    /// <summary>The Subject header with RFC 2047 encoded words decoded.</summary>
    public string Subject
    {
        get
        {
            var m = SubjectHeader().Match(Data);
            if (!m.Success) return "";
            var raw = Regex.Replace(m.Groups[1].Value, @"\r\n[ \t]+", " ");
            return EncodedWord().Replace(raw, w =>
            {
                var charset = Encoding.GetEncoding(w.Groups[1].Value);
                return w.Groups[2].Value.Equals("B", StringComparison.OrdinalIgnoreCase)
                    ? charset.GetString(Convert.FromBase64String(w.Groups[3].Value))
                    : charset.GetString(QDecode(w.Groups[3].Value));
            });
        }
    }

    private static byte[] QDecode(string s)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '=' && i + 2 < s.Length) { bytes.Add(Convert.ToByte(s.Substring(i + 1, 2), 16)); i += 2; }
            else bytes.Add((byte)(s[i] == '_' ? ' ' : s[i]));
        }
        return [.. bytes];
    }

    // [^\r\n], not '.': '.' takes the '\r' and the folded continuation lines would be dropped.
    [GeneratedRegex(@"^Subject: ([^\r\n]*(?:\r\n[ \t][^\r\n]*)*)", RegexOptions.Multiline)]
    private static partial Regex SubjectHeader();

    [GeneratedRegex(@"=\?([^?]+)\?([BbQq])\?([^?]*)\?=\s*")]
    private static partial Regex EncodedWord();
}
