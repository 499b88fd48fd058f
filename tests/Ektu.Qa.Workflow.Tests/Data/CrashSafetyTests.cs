using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dapper;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.MySql;
using Ektu.Qa.TestKit;
using Ektu.Qa.Workflow.Engine;
using Ektu.Qa.Workflow.Runtime;
using Xunit.Abstractions;
using InstanceStatus = Ektu.Qa.Workflow.Instances.InstanceStatus;

namespace Ektu.Qa.Workflow.Tests.Data;

/// <summary>
/// Runs the built host as a child process on a fresh database, starts instances of a copy of policy-document-approval and
/// completes their tasks through the REST API from parallel clients, and kills the process (SIGKILL) while steps are in
/// flight; restarts it on the same database, checks the tables, and drives every instance to its end.
/// </summary>
/// <remarks>
/// The shipped process belongs to QualityPolicy, which alone starts it (for a real document); the generic start API
/// refuses it. The copy, published through the definitions API as a designer would, has the same tasks, timers and
/// gateways under a key no module owns.
/// </remarks>
[Trait("Category", "CrashSafety")]
public sealed partial class CrashSafetyTests(ITestOutputHelper output)
{
    private const string ShippedKey = "policy-document-approval";
    private const string ProcessKey = "crash-safety-approval";
    private const int Instances = 30;
    private const int Crashes = 2;
    private const int Workers = 6;
    private static readonly string[] UserTasks = ["Task_Submit", "Task_QualityReview", "Task_OwnerApproval", "Task_EscalationFollowUp"];

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Host_Should_ContinueEveryInstanceWithoutLosingOrRepeatingSteps_When_KilledDuringSteps(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var acknowledged = new ConcurrentBag<Guid>(); // tasks whose complete request answered 204 before a crash
        var started = new ConcurrentBag<Guid>();
        var inFlightAtKill = new List<int>();
        var sw = Stopwatch.StartNew();
        // One folder for every round's host: a restarted host finds what the killed one left, as on a real server.
        var workingDirectory = Path.Combine(Path.GetTempPath(), "ektu-crash-" + Guid.NewGuid().ToString("N"));

        for (var round = 0; round <= Crashes; round++)
        {
            await using var host = await StartHostAsync(provider, db.ConnectionString, workingDirectory);
            output.WriteLine($"[{provider}] round {round}: host up after {sw.Elapsed.TotalSeconds:F1} s");
            var aqd = await host.SignInAsync("aqd");
            var dean = await host.SignInAsync("dean.sitis");
            if (round == Crashes)
            {
                await AssertConsistentAsync(provider, db.ConnectionString, acknowledged, started);
                await DriveToEndAsync(aqd, dean);
                break;
            }

            if (round == 0) await PublishCopyAsync(aqd);
            var unit = await UnitIdAsync(aqd, "SITIS-CS");
            var load = new Load(aqd, dean, unit, $"crash-{round}-", acknowledged, started, Instances);
            using var stop = new CancellationTokenSource();
            var workers = Enumerable.Range(0, Workers).Select(i => Task.Run(() => load.RunAsync(i, stop.Token))).ToList();
            // Kill once enough steps went through in this round that the tables are busy, with requests still being sent.
            // The deadline counts from this round's load, not from the test's start: a slow host start on a busy machine must not eat it.
            var target = load.Completed + 25;
            var deadline = Stopwatch.StartNew();
            while ((load.Completed < target || load.InFlight == 0) && deadline.Elapsed < TimeSpan.FromSeconds(90)
                && workers.All(w => !w.IsCompleted)) await Task.Delay(5);
            var busy = load.InFlight;
            host.Kill();
            inFlightAtKill.Add(busy);
            await stop.CancelAsync();
            await Task.WhenAll(workers);
            load.Errors.ShouldBeEmpty(); // only the crash may fail a request
            output.WriteLine($"[{provider}] round {round}: killed with {busy} requests in flight; {load.Completed} completions, {started.Count} " +
                $"starts acknowledged");
        }

        inFlightAtKill.Sum().ShouldBeGreaterThan(0, "the host was never killed while a request was in flight");
        await using var cn = await OpenAsync(provider, db.ConnectionString);
        var rows = (await cn.QueryAsync<(int Status, string? Error)>(
            "SELECT status, error_message FROM wf_instances WHERE process_key = @ProcessKey", new { ProcessKey })).ToList();
        rows.Count.ShouldBeGreaterThanOrEqualTo(started.Count);
        rows.Where(r => r.Status != (int)InstanceStatus.Completed).Select(r => $"{(InstanceStatus)r.Status}: {r.Error}").ShouldBeEmpty();
        await AssertConsistentAsync(provider, db.ConnectionString, acknowledged, started);
        output.WriteLine($"[{provider}] {rows.Count} instances completed in {sw.Elapsed.TotalSeconds:F1} s");
    }

    /// <summary>Parallel API clients: one starts instances, the others complete whatever their inboxes offer.</summary>
    private sealed class Load(HttpClient aqd, HttpClient dean, Guid unit, string prefix, ConcurrentBag<Guid> acknowledged,
        ConcurrentBag<Guid> started, int instances)
    {
        private int _completed;
        private int _inFlight;
        private int _starts;

        public int Completed => Volatile.Read(ref _completed);

        public int InFlight => Volatile.Read(ref _inFlight);

        public ConcurrentBag<string> Errors { get; } = [];

        public async Task RunAsync(int worker, CancellationToken ct)
        {
            var random = new Random(worker);
            try
            {
                while (!ct.IsCancellationRequested)
                {
                    if (worker == 0 && Volatile.Read(ref _starts) < instances)
                    {
                        var key = prefix + Interlocked.Increment(ref _starts);
                        var body = new { processKey = ProcessKey, businessKey = key, unitId = unit }; // the start makes aqd the initiator
                        var response = await SendAsync(() => aqd.PostAsJsonAsync("/api/workflow/instances", body, ct));
                        if (!await ExpectAsync(response, HttpStatusCode.OK)) continue;
                        started.Add((await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetGuid());
                        continue;
                    }
                    var client = random.Next(3) == 0 ? dean : aqd;
                    var open = await OpenTasksAsync(client, ct);
                    if (open.Count == 0)
                    {
                        await Task.Delay(5, ct);
                        continue;
                    }
                    var task = open[random.Next(open.Count)];
                    var id = task.GetProperty("id").GetGuid();
                    var result = await SendAsync(() => client.PostAsJsonAsync($"/api/workflow/tasks/{id}/complete", Input(task), ct));
                    // Two clients may pick the same task: one completes it, the other gets 409 (or 404 once it left the inbox).
                    if (result.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.NotFound) continue;
                    if (!await ExpectAsync(result, HttpStatusCode.NoContent)) continue;
                    acknowledged.Add(id);
                    Interlocked.Increment(ref _completed);
                }
            }
            catch (HttpRequestException) { /* the host was killed */ }
            catch (IOException) { /* the host was killed while a response was being read */ }
            // Killed between the client's connect and its reading the peer's address: HttpClient lets that one through unwrapped.
            catch (SocketException) { }
            catch (OperationCanceledException) { /* stopped after the kill */ }
        }

        private async Task<HttpResponseMessage> SendAsync(Func<Task<HttpResponseMessage>> send)
        {
            Interlocked.Increment(ref _inFlight);
            try
            {
                return await send();
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
        }

        /// <summary>False, with the answer kept in <see cref="Errors"/>, when the status is not the expected one.</summary>
        private async Task<bool> ExpectAsync(HttpResponseMessage response, HttpStatusCode expected)
        {
            if (response.StatusCode == expected) return true;
            Errors.Add($"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return false;
        }
    }

    private static object Input(JsonElement task) => task.GetProperty("elementId").GetString() switch
    {
        "Task_QualityReview" => new { outcome = "approve", comment = "ok", version = task.GetProperty("version").GetInt32() },
        // Reject ends the instance without the QualityPolicy handler, which needs a real policy document.
        "Task_OwnerApproval" => new { outcome = "reject", comment = "crash test", version = task.GetProperty("version").GetInt32() },
        _ => (object)new { version = task.GetProperty("version").GetInt32() },
    };

    private static async Task<List<JsonElement>> OpenTasksAsync(HttpClient client, CancellationToken ct)
    {
        var list = new List<JsonElement>();
        foreach (var filter in new[] { "Mine", "Available" })
        {
            var page = await client.GetFromJsonAsync<JsonElement>($"/api/workflow/tasks?filter={filter}&pageSize=500", ct);
            list.AddRange(page.GetProperty("items").EnumerateArray());
        }
        return list;
    }

    /// <summary>After the last restart: completes everything left, one task at a time, until no instance waits for a person.</summary>
    private static async Task DriveToEndAsync(HttpClient aqd, HttpClient dean)
    {
        for (var pass = 0; pass < 20; pass++)
        {
            var any = false;
            foreach (var client in new[] { aqd, dean })
            {
                foreach (var task in await OpenTasksAsync(client, CancellationToken.None))
                {
                    var response = await client.PostAsJsonAsync($"/api/workflow/tasks/{task.GetProperty("id").GetGuid()}/complete", Input(task));
                    response.StatusCode.ShouldBe(HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync());
                    any = true;
                }
            }
            if (!any) return;
        }
        throw new InvalidOperationException("instances still had open tasks after 20 passes");
    }

    /// <summary>
    /// Every instance's engine state matches its rows: open tasks = user-task waits, wf_waits = timer and message waits;
    /// history is 0..history_seq-1 without gaps; each task completed at most once (one Completed audit entry, one
    /// Completed history event per completed task of an element); every completion the API acknowledged is in the tables.
    /// </summary>
    private static async Task AssertConsistentAsync(string provider, string connectionString, IEnumerable<Guid> acknowledged,
        IEnumerable<Guid> started)
    {
        await using var cn = await OpenAsync(provider, connectionString);
        var instances = (await cn.QueryAsync<(string Id, int Status, string State, int HistorySeq)>(
            "SELECT id, status, state, history_seq FROM wf_instances WHERE process_key = @ProcessKey", new { ProcessKey })).ToList();
        var tasks = (await cn.QueryAsync<(string Id, string InstanceId, string ElementId, int Status)>(
            "SELECT t.id, t.instance_id, t.element_id, t.status FROM wf_tasks t JOIN wf_instances i ON i.id = t.instance_id WHERE i.process_key = " +
                "@ProcessKey",
            new { ProcessKey })).ToList();
        var waits = (await cn.QueryAsync<(string Id, string InstanceId)>("SELECT id, instance_id FROM wf_waits")).ToList();
        var history = (await cn.QueryAsync<(string InstanceId, int Seq, string Event, string? ElementId)>(
            "SELECT instance_id, seq, event, element_id FROM wf_history")).ToList();
        var audits = (await cn.QueryAsync<string>(
            "SELECT entity_id FROM k_audit_log WHERE module = 'Workflow' AND entity = 'WorkflowTask' AND action = 'Completed'")).ToList();

        started.Except(instances.Select(i => Guid.Parse(i.Id))).ShouldBeEmpty("acknowledged starts missing");
        foreach (var instance in instances)
        {
            var state = JsonSerializer.Deserialize<InstanceState>(instance.State, WorkflowRuntime.StateJson)!;
            var mine = tasks.Where(t => t.InstanceId == instance.Id).ToList();
            var open = mine.Where(t => t.Status == 0).Select(t => Guid.Parse(t.Id)).Order().ToList();
            open.ShouldBe(state.Waits.Where(w => w.Kind == WaitKind.UserTask).Select(w => w.Id).Order().ToList(), $"open tasks of {instance.Id}");
            waits.Where(w => w.InstanceId == instance.Id).Select(w => Guid.Parse(w.Id)).Order().ToList()
                .ShouldBe(state.Waits.Where(w => w.Kind != WaitKind.UserTask).Select(w => w.Id).Order().ToList(), $"wf_waits of {instance.Id}");
            if (instance.Status != (int)InstanceStatus.Running) state.Waits.ShouldBeEmpty();

            var events = history.Where(h => h.InstanceId == instance.Id).ToList();
            events.Select(h => h.Seq).Order().ShouldBe(Enumerable.Range(0, instance.HistorySeq), $"history of {instance.Id}");
            foreach (var element in UserTasks)
            {
                events.Count(h => h.Event == "Entered" && h.ElementId == element)
                    .ShouldBe(mine.Count(t => t.ElementId == element), $"{element} entered in {instance.Id}");
                events.Count(h => h.Event == "Completed" && h.ElementId == element)
                    .ShouldBe(mine.Count(t => t.ElementId == element && t.Status == 1), $"{element} completed in {instance.Id}");
            }
        }
        var completed = tasks.Where(t => t.Status == 1).Select(t => t.Id).ToHashSet();
        audits.GroupBy(a => a).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty("tasks completed twice");
        audits.Where(a => tasks.Any(t => t.Id == a)).ToHashSet().SetEquals(completed)
            .ShouldBeTrue("a completed task without its audit entry, or the reverse");
        acknowledged.Select(a => a.ToString()).Where(a => !completed.Contains(a)).ShouldBeEmpty("acknowledged completions lost");
    }

    private static async Task<DbConnection> OpenAsync(string provider, string connectionString) => provider == TestDatabases.MySql
        ? await new MySqlConnectionFactory(connectionString).OpenAsync()
        : await new SqliteConnectionFactory(connectionString, Path.GetTempPath()).OpenAsync();

    /// <summary>Imports the shipped approval model under <see cref="ProcessKey"/> and publishes it.</summary>
    private static async Task PublishCopyAsync(HttpClient client)
    {
        var definitions = await client.GetFromJsonAsync<JsonElement>("/api/workflow/definitions");
        var shipped = definitions.EnumerateArray().Single(d => d.GetProperty("processKey").GetString() == ShippedKey).GetProperty("id").GetGuid();
        // The process id and the diagram's reference to it.
        var xml = (await client.GetStringAsync($"/api/workflow/definitions/{shipped}/xml")).Replace($"\"{ShippedKey}\"", $"\"{ProcessKey}\"");
        using var content = new StringContent(xml, System.Text.Encoding.UTF8, "application/xml");
        var imported = await client.PostAsync("/api/workflow/definitions/import", content);
        imported.StatusCode.ShouldBe(HttpStatusCode.OK, await imported.Content.ReadAsStringAsync());
        var id = (await imported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var versions = await client.GetFromJsonAsync<JsonElement>($"/api/workflow/definitions/{id}/versions");
        var draft = versions.EnumerateArray().Single();
        var published = await client.PostAsync($"/api/workflow/definitions/{id}/publish?version={draft.GetProperty("version").GetInt32()}", null);
        published.StatusCode.ShouldBe(HttpStatusCode.OK, await published.Content.ReadAsStringAsync());
    }

    private static async Task<Guid> UnitIdAsync(HttpClient client, string code)
    {
        var json = await client.GetStringAsync("/api/identity/organization-units");
        var match = Regex.Match(json,
            $$"""\{[^{}]*"id":"([0-9a-f-]{36})"[^{}]*"code":"{{code}}"|\{[^{}]*"code":"{{code}}"[^{}]*"id":"([0-9a-f-]{36})""");
        match.Success.ShouldBeTrue($"unit {code} in {json[..Math.Min(json.Length, 300)]}");
        return Guid.Parse(match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value);
    }

    /// <summary>The built host (TestKit's <see cref="HostProcess"/>) in Development on the test's database, healthy.</summary>
    private static async Task<HostProcess> StartHostAsync(string provider, string connectionString, string workingDirectory)
    {
        var host = HostProcess.Start(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Database__Provider"] = provider,
            ["Database__ConnectionString"] = connectionString,
            ["Database__MigrateOnStart"] = "true",
            ["Database__SeedDemoData"] = "true",
            ["Database__SeedDemoProcesses"] = "false", // the test counts the instances, timers and mails it starts
            ["Authentication__LoginAttemptsPerMinute"] = "1000",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Microsoft.AspNetCore"] = "Error",
        }, workingDirectory);
        try
        {
            await host.WaitHealthyAsync(TimeSpan.FromSeconds(90));
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }
}
