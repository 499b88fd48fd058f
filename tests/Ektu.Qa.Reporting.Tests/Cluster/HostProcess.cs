using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Ektu.Qa.Reporting.Tests.Cluster;

/// <summary>The built host (Ektu.Qa.Host.dll) started with <c>dotnet</c> on a loopback port, its output captured.</summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    public int Port { get; }
    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");
    public string Output { get { lock (_output) return _output.ToString(); } }

    private HostProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    /// <summary>
    /// The host built in this test assembly's configuration (<c>bin/&lt;configuration&gt;/&lt;tfm&gt;</c>), as the
    /// workflow crash-safety test finds it, so a Debug test run does not pick up a stale Release host or none.
    /// </summary>
    public static string HostDll()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var (tfm, configuration) = (output.Name, output.Parent!.Name);
        var dir = output;
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Ektu.Qa.sln"))) dir = dir.Parent;
        var dll = Path.Combine(dir!.FullName, "host", "Ektu.Qa.Host", "bin", configuration, tfm, "Ektu.Qa.Host.dll");
        if (!File.Exists(dll)) throw new FileNotFoundException($"Build the host first ({configuration}).", dll);
        return dll;
    }

    public static HostProcess Start(IReadOnlyDictionary<string, string> environment, string workingDirectory)
    {
        var port = FreePort();
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        psi.ArgumentList.Add(HostDll());
        psi.ArgumentList.Add("--urls");
        psi.ArgumentList.Add($"http://127.0.0.1:{port}");
        foreach (var (k, v) in environment) psi.Environment[k] = v;
        var process = new Process { StartInfo = psi };
        var host = new HostProcess(process, port);
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    public async Task WaitHealthyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (_process.HasExited) throw new InvalidOperationException($"host exited ({_process.ExitCode}):\n{Output}");
            try
            {
                if ((await http.GetAsync("/health")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { /* not listening yet */ }
            catch (TaskCanceledException) { /* starting */ }
            await Task.Delay(250);
        }
        throw new TimeoutException($"host on {Port} not healthy:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line == null) return;
        lock (_output) _output.AppendLine(line);
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
