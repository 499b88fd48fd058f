using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Ektu.Qa.TestKit;

namespace Ektu.Qa.Benchmarks;

// Figures for the platform issue: list pages' server time with a large database, the 500-permission role editor,
// and host start to healthy. Each provider runs on a fresh database; MariaDB when EKTU_QA_MYSQL is set.
internal static class BenchProgram
{
    public static async Task Main(string[] args)
    {
        if (args.FirstOrDefault() == "workflow")
        {
            Environment.ExitCode = await WorkflowBench.RunAsync(args[1..]);
            return;
        }
        if (args.FirstOrDefault() == "surveys")
        {
            Environment.ExitCode = await SurveyBench.RunAsync(args[1..]);
            return;
        }
        if (args.FirstOrDefault() == "sync")
        {
            Environment.ExitCode = await SyncBench.RunAsync(args[1..]);
            return;
        }
        if (args.FirstOrDefault() == "accreditation")
        {
            Environment.ExitCode = await AccreditationBench.RunAsync(args[1..]);
            return;
        }
        if (args.FirstOrDefault() == "programmes")
        {
            Environment.ExitCode = await ProgrammeBench.RunAsync(args[1..]);
            return;
        }
        if (args.FirstOrDefault() == "pool")
        {
            Environment.ExitCode = await PoolBench.RunAsync(args[1..]);
            return;
        }
        var hostDll = args.FirstOrDefault() ?? throw new ArgumentException("usage: Ektu.Qa.Benchmarks <path to Ektu.Qa.Host.dll>");
        foreach (var provider in TestDatabases.MySqlConnectionString == null ? new[] { TestDatabases.Sqlite }
            : [TestDatabases.Sqlite, TestDatabases.MySql])
        {
            await using var db = await TestDatabase.CreateAsync(provider);
            await using var factory =
                new BenchFactory(provider, db.ConnectionString, Path.GetFullPath(Path.Combine(Path.GetDirectoryName(hostDll)!, "../../..")));
            var client = factory.CreateClient(new() { HandleCookies = true, AllowAutoRedirect = true });
            var seed = Stopwatch.StartNew();
            await Seeder.SeedAsync(factory.Services);
            Console.WriteLine($"[{provider}] seeded 100,000 audit entries, 10,000 documents, 200,000 acknowledgements in " +
                $"{seed.Elapsed.TotalSeconds:F1} s");
            await Post(client, "/Identity/Account/Login", new() { ["UserName"] = "admin", ["Password"] = "Admin123!" });

            Report(provider, "audit-log page (100,000 entries)", await Time(client, 200, i => (i % 4) switch
            {
                0 => "/Identity/AuditLog",
                1 => "/Identity/AuditLog?userName=aqd",
                2 => "/Identity/AuditLog?page=" + (i % 100 + 1),
                _ => "/Identity/AuditLog?entity=PolicyDocument&from=2020-01-01",
            }), 50);
            Report(provider, "policy documents page (10,000 documents, 200,000 acknowledgements)", await Time(client, 200, i => (i % 3) switch
            {
                0 => "/QualityPolicy/Documents",
                1 => "/QualityPolicy/Documents?page=" + (i % 50 + 1),
                _ => "/QualityPolicy/Documents?search=" + Uri.EscapeDataString("Ереже 12"),
            }), 50);

            var roles = await client.GetStringAsync("/Identity/Roles");
            var adminRole = Regex.Match(roles, @"/Identity/Roles/Permissions\?id=([0-9a-f-]{36})"" id=""permissions-Administrator""").Groups[1].Value;
            var editorUrl = "/Identity/Roles/Permissions?id=" + adminRole;
            var editor = await client.GetStringAsync(editorUrl);
            var permissions = Regex.Matches(editor, @"name=""granted"" value=""([^""]+)""").Select(m => m.Groups[1].Value).ToList();
            Report(provider, $"role editor opens ({permissions.Count} permissions)", await Time(client, 30, _ => editorUrl), 1000);
            var saves = new List<double>();
            for (var i = 0; i < 10; i++)
            {
                var fields = new List<KeyValuePair<string, string>>(permissions.Select(p => new KeyValuePair<string, string>("granted", p)))
                {
                    new("version", Regex.Match(await client.GetStringAsync(editorUrl), @"name=""version"" value=""(\d+)""").Groups[1].Value),
                    new("__RequestVerificationToken", Token(editor = await client.GetStringAsync(editorUrl))),
                };
                var sw = Stopwatch.StartNew();
                var r = await client.PostAsync(editorUrl, new FormUrlEncodedContent(fields));
                saves.Add(sw.Elapsed.TotalMilliseconds);
                if (r.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"save answered {r.StatusCode}");
            }
            Report(provider, $"role editor saves {permissions.Count} grants (one SQL command)", saves, 1000);

            var starts = new List<double>();
            for (var i = 0; i < 3; i++) starts.Add(await StartToHealthyAsync(hostDll, provider, db.ConnectionString));
            Report(provider, "host start to healthy (already migrated)", starts, 3000);
        }
    }

    private static async Task<List<double>> Time(HttpClient client, int n, Func<int, string> url)
    {
        for (var i = 0; i < 10; i++) (await client.GetAsync(url(i))).EnsureSuccessStatusCode();
        var times = new List<double>();
        for (var i = 0; i < n; i++)
        {
            var sw = Stopwatch.StartNew();
            var r = await client.GetAsync(url(i));
            await r.Content.ReadAsByteArrayAsync();
            times.Add(sw.Elapsed.TotalMilliseconds);
            r.EnsureSuccessStatusCode();
        }
        return times;
    }

    private static void Report(string provider, string what, List<double> ms, double targetMs)
    {
        ms.Sort();
        var p95 = ms[(int)Math.Ceiling(ms.Count * 0.95) - 1];
        Console.WriteLine($"[{provider}] {what}: p50 {ms[ms.Count / 2]:F1} ms, p95 {p95:F1} ms (target < {targetMs} ms) " +
            $"{(p95 < targetMs ? "OK" : "OVER")}");
    }

    private static async Task Post(HttpClient client, string url, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = Token(await client.GetStringAsync(url));
        (await client.PostAsync(url, new FormUrlEncodedContent(fields))).EnsureSuccessStatusCode();
    }

    private static string Token(string html) =>
        WebUtility.HtmlDecode(Regex.Match(html, @"name=""__RequestVerificationToken"" type=""hidden"" value=""([^""]+)""").Groups[1].Value);

    private static async Task<double> StartToHealthyAsync(string hostDll, string provider, string connectionString)
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        var psi = new ProcessStartInfo("dotnet", [hostDll, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = Path.GetDirectoryName(hostDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Database__Provider"] = provider,
                ["Database__ConnectionString"] = connectionString,
                ["Database__MigrateOnStart"] = "true",
                ["Logging__LogLevel__Default"] = "Warning",
            },
        };
        var sw = Stopwatch.StartNew();
        using var p = Process.Start(psi)!;
        p.OutputDataReceived += (_, _) => { };
        p.ErrorDataReceived += (_, _) => { };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(1) };
        try
        {
            while (sw.Elapsed < TimeSpan.FromSeconds(30))
            {
                try
                {
                    if ((await http.GetAsync($"http://127.0.0.1:{port}/health")).IsSuccessStatusCode) return sw.Elapsed.TotalMilliseconds;
                }
                catch (HttpRequestException) { }
                catch (TaskCanceledException) { }
                await Task.Delay(10);
            }
            throw new TimeoutException("host did not become healthy in 30 s");
        }
        finally
        {
            p.Kill(entireProcessTree: true);
            await p.WaitForExitAsync();
        }
    }
}
