using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Ektu.Qa.TestKit;

namespace Ektu.Qa.Reporting.Tests.Cluster;

/// <summary>
/// Two real host processes on one MariaDB database, one clustered Quartz scheduler (same name): a schedule firing every
/// 3 s produces each run exactly once — one run row per fire time and one archived file per run, in the database's file
/// store, read by either host.
/// </summary>
public sealed class TwoHostsTests
{
    [MySqlFact]
    public async Task ScheduledRun_Should_BeProducedExactlyOnce_When_TwoHostsShareTheDatabase()
    {
        await using var db = await TestDatabase.CreateAsync(TestDatabases.MySql);
        var work = Path.Combine(Path.GetTempPath(), "ektu-qa-tests", "cluster-" + Guid.NewGuid().ToString("N"));
        var archive = Path.Combine(work, "reports");
        Directory.CreateDirectory(work);
        var env = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["Database__Provider"] = "MySql",
            ["Database__ConnectionString"] = db.ConnectionString,
            ["Database__MigrateOnStart"] = "true",
            ["Database__SeedDemoData"] = "true",
            ["Database__SeedDemoProcesses"] = "false", // the test counts the instances, timers and mails it starts
            ["Scheduling__SchedulerName"] = "qa-cluster-" + Guid.NewGuid().ToString("N"),
            ["Reporting__ArchivePath"] = archive,
            ["QualityPolicy__FileStorePath"] = Path.Combine(work, "files"),
            ["Authentication__LoginAttemptsPerMinute"] = "1000",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Quartz.Impl.DefaultSchedulerFactory"] = "Information",
        };
        // The first host migrates and seeds; the second starts on the ready database and joins the cluster.
        await using var a = HostProcess.Start(env, work);
        await a.WaitHealthyAsync(TimeSpan.FromSeconds(300)); // seeding takes a minute or two on a loaded machine
        await using var b = HostProcess.Start(env, work);
        await b.WaitHealthyAsync(TimeSpan.FromSeconds(300));

        using var client = await a.SignInAsync("admin");
        var created = await client.PostAsJsonAsync("/api/reporting/schedules", new
        {
            reportKey = "Kernel.AuditLog", cron = "0/3 * * * * ?", timeZone = "Asia/Almaty", format = "Csv", culture = "ru",
            parameters = new Dictionary<string, string> { ["maxRows"] = "10" }, recipients = "", enabled = true,
        });
        created.StatusCode.ShouldBe(HttpStatusCode.OK, await created.Content.ReadAsStringAsync());
        var scheduleId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        await Task.Delay(TimeSpan.FromSeconds(13));
        (await client.DeleteAsync($"/api/reporting/schedules/{scheduleId}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await Task.Delay(TimeSpan.FromSeconds(2));

        var runs = (await client.GetFromJsonAsync<JsonElement>("/api/reporting/runs?take=1000")).EnumerateArray()
            .Where(r => r.GetProperty("scheduleId").ValueKind != JsonValueKind.Null && r.GetProperty("scheduleId").GetGuid() == scheduleId)
            .Select(r => (Id: r.GetProperty("id").GetGuid(), Status: r.GetProperty("status").GetString(),
                At: r.GetProperty("scheduledFor").GetDateTime()))
            .ToList();
        a.Output.ShouldContain("clustered: True");
        b.Output.ShouldContain("clustered: True");
        runs.Count.ShouldBeGreaterThanOrEqualTo(3, "13 s of a 3-second schedule");
        runs.Select(r => r.At).ShouldBeUnique("one run per fire time, whichever node fired it");
        runs.ShouldAllBe(r => r.At.Second % 3 == 0);
        runs.ShouldAllBe(r => r.Status == "Succeeded");
        // Archived files are rows of the database store (no host folder): one per run, none twice, and host A serves each,
        // whichever host produced it (SharedArchiveTests proves the download and the mail on the host that did not).
        await using var cn = new MySqlConnector.MySqlConnection(db.ConnectionString);
        (await cn.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM k_files WHERE area = 'Reporting'")).ShouldBe(runs.Count);
        (await cn.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM rp_runs r JOIN k_files f ON f.area = 'Reporting' AND f.path = r.file_path WHERE r.schedule_id = @scheduleId",
            new { scheduleId = scheduleId.ToString() })).ShouldBe(runs.Count);
        Directory.Exists(archive).ShouldBeFalse("no host keeps report files in a folder of its own");
        foreach (var run in runs)
            (await client.GetStringAsync($"/api/reporting/runs/{run.Id}/file")).TrimStart('\uFEFF').ShouldStartWith("Время;");
    }
}
