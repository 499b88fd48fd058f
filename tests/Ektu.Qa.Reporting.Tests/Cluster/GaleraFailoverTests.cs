using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ektu.Qa.Kernel.MySql;
using Ektu.Qa.TestKit;
using Xunit.Abstractions;

namespace Ektu.Qa.Reporting.Tests.Cluster;

/// <summary>
/// Two host processes on a 3-node Galera cluster (build/start-galera.sh), each writing to one node at a time through a
/// connection string that lists the nodes (<c>LoadBalance=FailOver</c>). The writer node is killed (SIGKILL) while both hosts
/// write and a 3-second report schedule runs: requests recover within seconds, every write a host acknowledged is still
/// there, and the schedule keeps firing once per fire time. Node 1 is started again afterwards (it rejoins by state transfer).
/// Runs when <c>EKTU_QA_GALERA</c> holds the cluster's connection string (<c>.ci/run</c> starts the cluster and sets it).
/// </summary>
[Trait("Category", "Galera")]
public sealed partial class GaleraFailoverTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Recovery = TimeSpan.FromSeconds(15);

    // Once failed 15 of 332 requests after the recovery window: not the dead node, but two requests committing at once
    // deadlocked on the cache-version row (fixed in CacheVersions.Bump), and the commit ran after the 201 had started, so
    // the client saw a cut-off response (UnitOfWorkMiddleware now holds the response until the commit).
    [GaleraFact]
    public async Task Hosts_Should_RecoverWithoutLosingCommitsOrFiringTwice_When_TheWriterNodeIsKilled()
    {
        var cluster = GaleraFactAttribute.ConnectionString!;
        Galera("start"); // the three nodes up, whatever an earlier run left
        var name = $"qa_g{Guid.NewGuid():N}";
        await MySqlAdmin.CreateDatabaseAsync(cluster, name);
        var work = Path.Combine(Path.GetTempPath(), "ektu-qa-tests", "galera-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        var env = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["Database__Provider"] = "MySql",
            ["Database__ConnectionString"] = MySqlAdmin.WithDatabase(cluster, name),
            ["Database__MigrateOnStart"] = "true",
            ["Database__SeedDemoData"] = "true",
            ["Database__SeedDemoProcesses"] = "false", // the test counts the instances, timers and mails it starts
            ["Scheduling__SchedulerName"] = "qa-galera-" + Guid.NewGuid().ToString("N"),
            ["Reporting__ArchivePath"] = Path.Combine(work, "reports"),
            ["QualityPolicy__FileStorePath"] = Path.Combine(work, "files"),
            ["Authentication__LoginAttemptsPerMinute"] = "1000",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        try
        {
            await using var a = HostProcess.Start(env, work);
            await a.WaitHealthyAsync(TimeSpan.FromSeconds(240));
            await using var b = HostProcess.Start(env, work);
            await b.WaitHealthyAsync(TimeSpan.FromSeconds(120));
            using var clientA = await a.SignInAsync("admin");
            using var clientB = await b.SignInAsync("admin");
            var school = await SchoolIdAsync(clientA);
            var created = await clientA.PostAsJsonAsync("/api/reporting/schedules", new
            {
                reportKey = "Kernel.AuditLog", cron = "0/3 * * * * ?", timeZone = "Asia/Almaty", format = "Csv", culture = "ru",
                parameters = new Dictionary<string, string> { ["maxRows"] = "10" }, recipients = "", enabled = true,
            });
            created.StatusCode.ShouldBe(HttpStatusCode.OK, await created.Content.ReadAsStringAsync());
            var scheduleId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

            var acknowledged = new ConcurrentBag<string>();
            var outcomes = new ConcurrentQueue<(TimeSpan At, bool Ok)>();
            var failures = new ConcurrentQueue<string>();
            var clock = Stopwatch.StartNew();
            using var stop = new CancellationTokenSource();
            var writers = new[] { clientA, clientB }.Select((client, i) => Task.Run(async () =>
            {
                for (var n = 0; !stop.IsCancellationRequested; n++)
                {
                    var code = $"GAL{i}-{n}";
                    var ok = false;
                    try
                    {
                        var response = await client.PostAsJsonAsync("/api/identity/organization-units", new
                        {
                            code, kind = "Department", parentId = school, nameKk = code, nameRu = code, nameEn = code,
                        });
                        ok = response.StatusCode == HttpStatusCode.Created;
                        if (!ok)
                        {
                            var body = await response.Content.ReadAsStringAsync();
                            failures.Enqueue($"{clock.Elapsed.TotalSeconds:F1} s host {i}: {(int)response.StatusCode} {body}");
                        }
                    }
                    catch (HttpRequestException e) { failures.Enqueue($"{clock.Elapsed.TotalSeconds:F1} s host {i}: {e.Message}"); }
                    catch (TaskCanceledException) { failures.Enqueue($"{clock.Elapsed.TotalSeconds:F1} s host {i}: timed out"); }
                    if (ok) acknowledged.Add(code);
                    outcomes.Enqueue((clock.Elapsed, ok));
                    await Task.Delay(50);
                }
            })).ToList();

            await Task.Delay(TimeSpan.FromSeconds(6));
            outcomes.Count(o => o.Ok).ShouldBeGreaterThan(0, "writes went through before the kill");
            // Just after a fire time of the schedule, so that the run of that moment is being produced when the node dies.
            var now = DateTime.UtcNow;
            var nextFire = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond)).AddSeconds(3 - now.Second % 3);
            await Task.Delay(nextFire - now + TimeSpan.FromMilliseconds(40));
            var killedAt = clock.Elapsed;
            Galera("kill 1");
            await Task.Delay(Recovery + TimeSpan.FromSeconds(10));
            await stop.CancelAsync();
            await Task.WhenAll(writers);

            try
            {
                await CheckAsync(clientB, scheduleId, acknowledged, outcomes, failures, clock, killedAt);
            }
            catch (Exception)
            {
                output.WriteLine($"host A's warnings and errors:\n{Problems(a.Output)}\nhost B's:\n{Problems(b.Output)}");
                throw;
            }
        }
        finally
        {
            Galera("start-node 1");
            await MySqlAdmin.DropDatabaseAsync(cluster, name);
        }
    }

    private async Task CheckAsync(HttpClient clientB, Guid scheduleId, ConcurrentBag<string> acknowledged,
        ConcurrentQueue<(TimeSpan At, bool Ok)> outcomes, ConcurrentQueue<string> failures, Stopwatch clock, TimeSpan killedAt)
    {
        var after = outcomes.Where(o => o.At > killedAt).ToList();
        var firstOk = after.FirstOrDefault(o => o.Ok);
        firstOk.Ok.ShouldBeTrue("no write succeeded after the kill");
        output.WriteLine($"writes {outcomes.Count}, acknowledged {acknowledged.Count}; after the kill the first success came " +
            $"{(firstOk.At - killedAt).TotalSeconds:F1} s later, {after.Count(o => !o.Ok)} requests failed");
        output.WriteLine($"killed at {killedAt.TotalSeconds:F1} s; failures:\n{string.Join('\n', failures)}");
        (firstOk.At - killedAt).ShouldBeLessThan(Recovery);
        var late = after.Where(o => o.At > killedAt + Recovery).ToList();
        output.WriteLine($"after the recovery window {late.Count(o => !o.Ok)} of {late.Count} requests failed");
        late.Count(o => o.Ok).ShouldBeGreaterThan(0, "writes go on after the recovery window");
        late.ShouldAllBe(o => o.Ok, "requests fail only while the writer node dies");

        var tree = await clientB.GetStringAsync("/api/identity/organization-units");
        acknowledged.Where(code => !tree.Contains($"\"{code}\"", StringComparison.Ordinal)).ShouldBeEmpty("acknowledged writes lost");

        (await clientB.DeleteAsync($"/api/reporting/schedules/{scheduleId}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var runs = (await clientB.GetFromJsonAsync<JsonElement>("/api/reporting/runs?take=1000")).EnumerateArray()
            .Where(r => r.GetProperty("scheduleId").ValueKind != JsonValueKind.Null && r.GetProperty("scheduleId").GetGuid() == scheduleId)
            .Select(r => (Status: r.GetProperty("status").GetString(), At: r.GetProperty("scheduledFor").GetDateTime()))
            .ToList();
        output.WriteLine($"runs: {string.Join(", ", runs.OrderBy(r => r.At).Select(r => $"{r.At:HH:mm:ss} {r.Status}"))}");
        runs.Select(r => r.At).ShouldBeUnique("one run per fire time, whichever host fired it");
        // Once, not at most once: a fire at the moment of the kill is run again on a new connection, not lost.
        var times = runs.Select(r => r.At).Order().ToList();
        times.Zip(times.Skip(1), (x, y) => y - x).ShouldAllBe(gap => gap == TimeSpan.FromSeconds(3), "no fire time missing");
        runs.ShouldAllBe(r => r.Status == "Succeeded", "the run produced at the kill is generated again on a new connection");
        var killedAtUtc = DateTime.UtcNow - (clock.Elapsed - killedAt);
        runs.Count(r => r.At > killedAtUtc).ShouldBeGreaterThanOrEqualTo(5, "the schedule keeps firing after the fail-over");
    }

    /// <summary>The warning and error lines of a host's JSON log, each cut to a readable length.</summary>
    private static string Problems(string log) => string.Join('\n', log.Split('\n')
        .Where(l => l.Contains("\"LogLevel\":\"Warning\"", StringComparison.Ordinal)
            || l.Contains("\"LogLevel\":\"Error\"", StringComparison.Ordinal))
        .Select(l => l.Length > 1500 ? l[..1500] : l));

    /// <summary>Runs build/start-galera.sh with <paramref name="arguments"/> and returns its output.</summary>
    private string Galera(string arguments)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Ektu.Qa.sln"))) dir = dir.Parent;
        var psi = new ProcessStartInfo("bash", $"{Path.Combine(dir!.FullName, "build", "start-galera.sh")} {arguments}")
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        };
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var text = stdout.Result + stderr.Result;
        output.WriteLine(text);
        process.ExitCode.ShouldBe(0, text);
        return text;
    }

    private static async Task<Guid> SchoolIdAsync(HttpClient client)
    {
        var json = await client.GetStringAsync("/api/identity/organization-units");
        var match = SchoolUnit().Match(json);
        match.Success.ShouldBeTrue("a school in the demo data");
        return Guid.Parse(match.Groups[1].Value);
    }

    [GeneratedRegex(@"""id"":""([0-9a-f-]{36})""[^{}]*""code"":""SITIS""")]
    private static partial Regex SchoolUnit();
}
