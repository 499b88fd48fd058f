using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Ektu.Qa.TestKit;
using MimeKit;

namespace Ektu.Qa.Reporting.Tests.Cluster;

/// <summary>
/// The report archive is the Kernel's file store, not a folder of the host that produced a run: a scheduled run produced by
/// host A (alone at that moment) downloads from host B, and B — the only host with an SMTP relay — mails it with the
/// file attached, read from the database on a machine that never saw it written. Hosts live in folders of their own.
/// </summary>
public sealed class SharedArchiveTests
{
    [MySqlFact]
    public async Task ArchivedRun_Should_DownloadAndBeMailedFromHostB_When_ProducedOnHostA()
    {
        await using var smtp = new SmtpTestServer();
        await using var db = await TestDatabase.CreateAsync(TestDatabases.MySql);
        var work = Path.Combine(Path.GetTempPath(), "ektu-qa-tests", "archive-" + Guid.NewGuid().ToString("N"));
        var env = HostProcess.ClusterEnvironment(db, "qa-archive-" + Guid.NewGuid().ToString("N"));
        env["Mail__SendCron"] = "0/1 * * * * ?";
        env["Reporting__ArchivePath"] = Path.Combine(work, "reports"); // where the disk store would put them: it must stay empty
        await using var a = HostProcess.Start(env, Path.Combine(work, "a"));
        await a.WaitHealthyAsync(TimeSpan.FromSeconds(300));

        using var onA = await a.SignInAsync("admin");
        var created = await onA.PostAsJsonAsync("/api/reporting/schedules", new
        {
            reportKey = "Kernel.AuditLog", cron = "0/2 * * * * ?", timeZone = "Asia/Almaty", format = "Xlsx", culture = "kk",
            parameters = new Dictionary<string, string> { ["maxRows"] = "50" }, recipients = "rector@ektu.kz", enabled = true,
        });
        created.StatusCode.ShouldBe(HttpStatusCode.OK, await created.Content.ReadAsStringAsync());
        var scheduleId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await FirstSucceededAsync(onA, scheduleId, TimeSpan.FromSeconds(60));
        (await onA.DeleteAsync($"/api/reporting/schedules/{scheduleId}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await Task.Delay(TimeSpan.FromSeconds(3)); // a run of the last fire finishes
        var runs = await SucceededAsync(onA, scheduleId);
        smtp.Messages.ShouldBeEmpty("host A has no SMTP relay: its mails wait in the shared outbox");
        // Quartz may hand every fire of the clustered sender to A, which has no relay and skips it: with A gone, B fires it.
        a.Kill();

        var envB = new Dictionary<string, string>(env)
        {
            ["Mail__Smtp__Host"] = "127.0.0.1", ["Mail__Smtp__Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Mail__Smtp__From"] = "qa@ektu.kz",
        };
        await using var b = HostProcess.Start(envB, Path.Combine(work, "b"));
        await b.WaitHealthyAsync(TimeSpan.FromSeconds(300));
        using var onB = await b.SignInAsync("admin");
        foreach (var run in runs)
        {
            var response = await onB.GetAsync($"/api/reporting/runs/{run.Id}/file");
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            var downloaded = await response.Content.ReadAsByteArrayAsync();
            downloaded.Length.ShouldBe((int)run.FileSize);
            Convert.ToHexStringLower(SHA256.HashData(downloaded)).ShouldBe(run.Checksum, "B serves the very file A archived");
        }

        var mails = await smtp.WaitForMessagesAsync(runs.Count, TimeSpan.FromSeconds(120));
        mails.Count.ShouldBe(runs.Count, "one mail per run, sent by B");
        foreach (var mail in mails.Select(m => m.Mime()))
        {
            mail.To.Mailboxes.ShouldHaveSingleItem().Address.ShouldBe("rector@ektu.kz");
            var part = mail.Attachments.OfType<MimePart>().ShouldHaveSingleItem();
            part.FileName.ShouldStartWith("Kernel.AuditLog-");
            part.FileName.ShouldEndWith(".xlsx");
            using var content = new MemoryStream();
            await part.Content!.DecodeToAsync(content);
            runs.Select(r => r.Checksum).ShouldContain(Convert.ToHexStringLower(SHA256.HashData(content.ToArray())), "B attached a file A archived");
        }
        Directory.Exists(Path.Combine(work, "reports")).ShouldBeFalse("the archive is no host's folder");
    }

    private static async Task<List<(Guid Id, string Checksum, long FileSize)>> SucceededAsync(HttpClient client, Guid scheduleId) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/reporting/runs?take=1000")).EnumerateArray()
            .Where(r => r.GetProperty("scheduleId").ValueKind != JsonValueKind.Null && r.GetProperty("scheduleId").GetGuid() == scheduleId
                && r.GetProperty("status").GetString() == "Succeeded")
            .Select(r => (r.GetProperty("id").GetGuid(), r.GetProperty("checksum").GetString()!, r.GetProperty("fileSize").GetInt64()))
            .ToList();

    private static async Task FirstSucceededAsync(HttpClient client, Guid scheduleId, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while ((await SucceededAsync(client, scheduleId)).Count == 0)
        {
            if (DateTime.UtcNow > until) throw new TimeoutException("No run of the schedule succeeded on host A.");
            await Task.Delay(250);
        }
    }
}
