using System.Collections.Concurrent;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.RegularExpressions;

namespace Ektu.Qa.TestKit;

/// <summary>
/// A real SMTP server on loopback (RFC 5321 subset: EHLO/HELO, MAIL FROM, RCPT TO, DATA with dot-stuffing, RSET,
/// NOOP, QUIT) that records what it receives. <see cref="RejectFirst"/> answers 451 to the first N messages' DATA.
/// Given a certificate it offers STARTTLS (RFC 3207); given credentials it offers AUTH PLAIN (RFC 4954) and refuses
/// MAIL before a successful one.
/// </summary>
public sealed partial class SmtpTestServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<SmtpTestMessage> _messages = new();
    private readonly Task _accept;
    private readonly X509Certificate2? _certificate;
    private readonly (string User, string Password)? _credentials;
    private int _rejectFirst;
    private int _tlsSessions;

    public SmtpTestServer(int rejectFirst = 0, X509Certificate2? certificate = null, (string User, string Password)? credentials = null)
    {
        _rejectFirst = rejectFirst;
        _certificate = certificate;
        _credentials = credentials;
        _listener.Start();
        _accept = AcceptLoopAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>How many more messages will be answered 451 (temporary failure).</summary>
    public int RejectFirst => Volatile.Read(ref _rejectFirst);

    /// <summary>Messages answered 451 so far.</summary>
    public int Rejected { get; private set; }

    public IReadOnlyList<SmtpTestMessage> Messages => _messages.ToList();

    /// <summary>Connections that completed a STARTTLS handshake.</summary>
    public int TlsSessions => Volatile.Read(ref _tlsSessions);

    /// <summary>A self-signed certificate for <c>localhost</c> / 127.0.0.1, to offer STARTTLS with.</summary>
    public static X509Certificate2 CreateCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var cert = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        // Exported and loaded again: SslStream on Linux needs the key in a form it can use as a server.
        return X509CertificateLoader.LoadPkcs12(cert.Export(X509ContentType.Pkcs12), null);
    }

    public async Task<IReadOnlyList<SmtpTestMessage>> WaitForMessagesAsync(int count, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (_messages.Count < count && DateTime.UtcNow < until) await Task.Delay(50);
        return Messages;
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        Stream stream = client.GetStream();
        try
        {
            var (reader, writer) = Open(stream);
            await writer.WriteLineAsync("220 localhost ESMTP SmtpTestServer");
            string? from = null, user = null;
            var tls = false;
            var to = new List<string>();
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                var verb = line.Length >= 4 ? line[..4].ToUpperInvariant() : line.ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                        await writer.WriteLineAsync("250-localhost greets you");
                        if (_certificate != null && !tls) await writer.WriteLineAsync("250-STARTTLS");
                        if (_credentials != null) await writer.WriteLineAsync("250-AUTH PLAIN");
                        await writer.WriteLineAsync("250 8BITMIME");
                        break;
                    case "HELO":
                        await writer.WriteLineAsync("250 localhost");
                        break;
                    case "STAR" when _certificate != null && !tls && line.Equals("STARTTLS", StringComparison.OrdinalIgnoreCase):
                        await writer.WriteLineAsync("220 2.0.0 Ready to start TLS");
                        var ssl = new SslStream(stream);
                        await ssl.AuthenticateAsServerAsync(_certificate, clientCertificateRequired: false, checkCertificateRevocation: false);
                        (stream, tls, from, user) = (ssl, true, null, null);
                        (reader, writer) = Open(stream);
                        Interlocked.Increment(ref _tlsSessions);
                        break;
                    case "AUTH" when _credentials != null:
                        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                        if (parts.Length < 2 || !parts[1].Equals("PLAIN", StringComparison.OrdinalIgnoreCase))
                        {
                            await writer.WriteLineAsync("504 5.5.4 Unrecognized authentication type");
                            break;
                        }
                        var response = parts.Length > 2 ? parts[2] : null;
                        if (response == null)
                        {
                            await writer.WriteLineAsync("334 ");
                            response = await reader.ReadLineAsync(_stop.Token) ?? "";
                        }
                        // PLAIN: authzid NUL authcid NUL password (RFC 4616).
                        var fields = Encoding.UTF8.GetString(Convert.FromBase64String(response)).Split('\0');
                        if (fields.Length == 3 && fields[1] == _credentials.Value.User && fields[2] == _credentials.Value.Password)
                        {
                            user = fields[1];
                            await writer.WriteLineAsync("235 2.7.0 Authentication successful");
                        }
                        else
                        {
                            await writer.WriteLineAsync("535 5.7.8 Authentication credentials invalid");
                        }
                        break;
                    case "MAIL":
                        if (_credentials != null && user == null) { await writer.WriteLineAsync("530 5.7.0 Authentication required"); break; }
                        from = Address(line);
                        to.Clear();
                        await writer.WriteLineAsync("250 2.1.0 OK");
                        break;
                    case "RCPT":
                        if (from == null) { await writer.WriteLineAsync("503 5.5.1 MAIL first"); break; }
                        to.Add(Address(line));
                        await writer.WriteLineAsync("250 2.1.5 OK");
                        break;
                    case "DATA":
                        if (from == null || to.Count == 0) { await writer.WriteLineAsync("503 5.5.1 RCPT first"); break; }
                        await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                        var data = new StringBuilder();
                        while (await reader.ReadLineAsync(_stop.Token) is { } d && d != ".")
                            data.Append(d.StartsWith('.') ? d[1..] : d).Append("\r\n");
                        if (Interlocked.Decrement(ref _rejectFirst) >= 0)
                        {
                            Rejected++;
                            await writer.WriteLineAsync("451 4.3.0 Temporary failure, try again later");
                        }
                        else
                        {
                            Interlocked.Exchange(ref _rejectFirst, 0);
                            _messages.Enqueue(new SmtpTestMessage(from, [.. to], data.ToString()) { Tls = tls, User = user });
                            await writer.WriteLineAsync("250 2.0.0 Queued");
                        }
                        from = null;
                        to.Clear();
                        break;
                    case "RSET":
                        from = null;
                        to.Clear();
                        await writer.WriteLineAsync("250 2.0.0 OK");
                        break;
                    case "NOOP":
                        await writer.WriteLineAsync("250 2.0.0 OK");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 2.0.0 Bye");
                        return;
                    default:
                        await writer.WriteLineAsync("502 5.5.2 Command not implemented");
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException or SocketException
                                       or AuthenticationException or FormatException)
        {
            // The client went away, failed the TLS handshake or sent garbage, or the server is stopping.
        }
        finally
        {
            if (stream is SslStream ssl) await ssl.DisposeAsync();
        }
    }

    private static (StreamReader Reader, StreamWriter Writer) Open(Stream stream) =>
        (new StreamReader(stream, Encoding.UTF8, false, 8192, leaveOpen: true),
         new StreamWriter(stream, new UTF8Encoding(false), 8192, leaveOpen: true) { NewLine = "\r\n", AutoFlush = true });

    private static string Address(string line)
    {
        var m = AngleAddress().Match(line);
        return m.Success ? m.Groups[1].Value : line[(line.IndexOf(':') + 1)..].Trim();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try { await _accept; } catch (OperationCanceledException) { /* stopping */ }
        _stop.Dispose();
    }

    [GeneratedRegex("<([^>]*)>")]
    private static partial Regex AngleAddress();
}
