using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace Ektu.Qa.TestKit;

/// <summary>
/// The built host (Ektu.Qa.Host.dll) started with <c>dotnet</c> on a loopback port, its output captured: one node of a
/// cluster in the multi-host tests. Each host gets its own working directory (content root, App_Data) and home folder,
/// as on a machine of its own, so nothing is shared through the local disk by accident.
/// </summary>
public sealed partial class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private HostProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    public string Output
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    public bool HasExited => _process.HasExited;

    /// <summary>
    /// The settings of a cluster node on <paramref name="db"/>: development data (migrated and seeded by the first node
    /// to start), one clustered scheduler name, a high sign-in limit, warnings only in the log.
    /// </summary>
    public static Dictionary<string, string> ClusterEnvironment(TestDatabase db, string schedulerName) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Testing",
        ["Database__Provider"] = db.Provider,
        ["Database__ConnectionString"] = db.ConnectionString,
        ["Database__MigrateOnStart"] = "true",
        ["Database__SeedDemoData"] = "true",
        ["Database__SeedDemoProcesses"] = "false", // the cluster tests count the instances and timers they start
        ["Scheduling__SchedulerName"] = schedulerName,
        ["Authentication__LoginAttemptsPerMinute"] = "1000",
        ["Logging__LogLevel__Default"] = "Warning",
        ["Logging__LogLevel__Quartz.Impl.DefaultSchedulerFactory"] = "Information",
    };

    /// <summary>
    /// The host built in the calling test assembly's configuration (<c>bin/&lt;configuration&gt;/&lt;tfm&gt;</c>), so a
    /// Debug test run does not pick up a stale Release host or none.
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

    /// <summary>Starts a host in <paramref name="workingDirectory"/> (created), its home folder inside it unless given.</summary>
    public static HostProcess Start(IReadOnlyDictionary<string, string> environment, string workingDirectory)
    {
        Directory.CreateDirectory(workingDirectory);
        var port = FreePort();
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        psi.ArgumentList.Add(HostDll());
        psi.ArgumentList.Add("--urls");
        psi.ArgumentList.Add($"http://127.0.0.1:{port}");
        // The default data-protection key folder is under HOME: one per host, as on separate machines.
        psi.Environment["HOME"] = Path.Combine(workingDirectory, "home");
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

    /// <summary>
    /// A client of this host signed in through the login form, sending the antiforgery header the layout gives the page's
    /// scripts. <paramref name="cookies"/> may be shared with a client of another host (cookies do not depend on the port).
    /// </summary>
    public async Task<HttpClient> SignInAsync(string userName, CookieContainer? cookies = null)
    {
        var client = Client(cookies ?? new CookieContainer());
        var page = await client.GetStringAsync("/Identity/Account/Login");
        var token = WebUtility.HtmlDecode(FormToken().Match(page).Groups[1].Value);
        var login = await client.PostAsync("/Identity/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName, ["Password"] = "Admin123!", ["__RequestVerificationToken"] = token,
        }));
        var home = await login.Content.ReadAsStringAsync();
        home.ShouldContain("id=\"logout\"", customMessage: $"{userName} did not sign in on {BaseAddress}");
        client.DefaultRequestHeaders.Add("X-CSRF-TOKEN", CsrfHeader(home));
        return client;
    }

    /// <summary>A client of this host with <paramref name="cookies"/>, following redirects.</summary>
    public HttpClient Client(CookieContainer cookies) => new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = true })
    {
        BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60),
    };

    /// <summary>The antiforgery header value a signed-in page gives its scripts.</summary>
    public static string CsrfHeader(string page) => CsrfHeaderPattern().Match(page).Groups[1].Value;

    /// <summary>SIGKILL: no shutdown hooks, no flushing, no graceful end of requests.</summary>
    public void Kill()
    {
        if (_process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
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

    [GeneratedRegex(@"name=""__RequestVerificationToken"" type=""hidden"" value=""([^""]+)""")]
    private static partial Regex FormToken();

    [GeneratedRegex(@"""X-CSRF-TOKEN"": ""([^""]+)""")]
    private static partial Regex CsrfHeaderPattern();
}
