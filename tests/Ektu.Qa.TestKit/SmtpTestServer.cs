using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace Ektu.Qa.TestKit;

/// <summary>
/// A real SMTP server on loopback (RFC 5321 subset: EHLO/HELO, MAIL FROM, RCPT TO, DATA with dot-stuffing, RSET,
/// NOOP, QUIT) that records what it receives. <see cref="RejectFirst"/> answers 451 to the first N messages' DATA.
/// </summary>
public sealed partial class SmtpTestServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<SmtpTestMessage> _messages = new();
    private readonly Task _accept;
    private int _rejectFirst;

    public SmtpTestServer(int rejectFirst = 0)
    {
        _rejectFirst = rejectFirst;
        _listener.Start();
        _accept = AcceptLoopAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>How many more messages will be answered 451 (temporary failure).</summary>
    public int RejectFirst => Volatile.Read(ref _rejectFirst);

    /// <summary>Messages answered 451 so far.</summary>
    public int Rejected { get; private set; }

    public IReadOnlyList<SmtpTestMessage> Messages => _messages.ToList();

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
        try
        {
            var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.UTF8, false, 8192, leaveOpen: true);
            await using var writer = new StreamWriter(stream, new UTF8Encoding(false), 8192, leaveOpen: true) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 localhost ESMTP SmtpTestServer");
            string? from = null;
            var to = new List<string>();
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                var verb = line.Length >= 4 ? line[..4].ToUpperInvariant() : line.ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                        await writer.WriteLineAsync("250-localhost greets you");
                        await writer.WriteLineAsync("250 8BITMIME");
                        break;
                    case "HELO":
                        await writer.WriteLineAsync("250 localhost");
                        break;
                    case "MAIL":
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
                            _messages.Enqueue(new SmtpTestMessage(from, [.. to], data.ToString()));
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
        catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // The client went away or the server is stopping.
        }
    }

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
