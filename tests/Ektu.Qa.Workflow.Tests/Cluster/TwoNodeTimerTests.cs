using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dapper;
using Ektu.Qa.Kernel.MySql;
using Ektu.Qa.TestKit;
using Xunit.Abstractions;
using InstanceStatus = Ektu.Qa.Workflow.Instances.InstanceStatus;

namespace Ektu.Qa.Workflow.Tests.Cluster;

/// <summary>
/// Two host processes on one MariaDB database with one clustered scheduler: instances started on both nodes wait on a
/// short timer, and each timer fires exactly once (one <c>TimerFired</c> history event) whichever node fires it — also
/// when one node is killed (SIGKILL) while timers are firing and the other carries on alone.
/// </summary>
[Trait("Category", "Cluster")]
public sealed partial class TwoNodeTimerTests(ITestOutputHelper output)
{
    private const string ProcessKey = "nodes-timer";

    [MySqlFact]
    public async Task Timer_Should_FireOnceAcrossTwoNodes_When_DueWhileBothRun()
    {
        await using var cluster = await Cluster.StartAsync(output);
        var (a, b, unit) = await cluster.PrepareAsync("PT3S");

        var started = new List<Guid>();
        for (var i = 0; i < 20; i++) started.Add(await StartAsync(i % 2 == 0 ? a : b, unit, $"both-{i}"));

        await WaitCompletedAsync(cluster.Db, started.Count, TimeSpan.FromSeconds(60));
        await AssertFiredOnceAsync(cluster.Db, started);
        cluster.A.Output.ShouldContain("clustered: True");
        cluster.B.Output.ShouldContain("clustered: True");
    }

    [MySqlFact]
    public async Task Timers_Should_AllFireOnce_When_OneNodeIsKilledWhileTheyFire()
    {
        await using var cluster = await Cluster.StartAsync(output);
        var (a, b, unit) = await cluster.PrepareAsync("PT2S");

        var started = new List<Guid>();
        var sw = Stopwatch.StartNew();
        var fired = 0L;
        // Starts on both nodes until timers are firing, then kills A in the middle of it.
        for (var i = 0; i < 200 && fired < 6; i++)
        {
            started.Add(await StartAsync(i % 2 == 0 ? a : b, unit, $"kill-{i}"));
            fired = await CountAsync(cluster.Db, "SELECT COUNT(*) FROM wf_history WHERE event = 'TimerFired'");
        }
        fired.ShouldBeGreaterThanOrEqualTo(6, "timers never fired while both nodes ran");
        cluster.A.Kill();
        output.WriteLine($"killed A after {sw.Elapsed.TotalSeconds:F1} s, {started.Count} started, {fired} fired");
        for (var i = 0; i < 10; i++) started.Add(await StartAsync(b, unit, $"after-{i}"));

        // B finds A gone after Quartz's check-in interval and fires what A left, recovered runs included.
        await WaitCompletedAsync(cluster.Db, started.Count, TimeSpan.FromSeconds(120));
        await AssertFiredOnceAsync(cluster.Db, started);
        (await b.GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
        output.WriteLine($"all {started.Count} completed after {sw.Elapsed.TotalSeconds:F1} s");
    }

    private static async Task<Guid> StartAsync(HttpClient client, Guid unit, string businessKey)
    {
        var response = await client.PostAsJsonAsync("/api/workflow/instances", new { processKey = ProcessKey, businessKey, unitId = unit });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task WaitCompletedAsync(TestDatabase db, int count, TimeSpan timeout)
    {
        var sw = Stopwatch.StartNew();
        long completed = 0;
        while (sw.Elapsed < timeout)
        {
            completed = await CountAsync(db,
                $"SELECT COUNT(*) FROM wf_instances WHERE process_key = '{ProcessKey}' AND status = {(int)InstanceStatus.Completed}");
            if (completed == count) return;
            await Task.Delay(250);
        }
        completed.ShouldBe(count, $"instances completed within {timeout.TotalSeconds} s");
    }

    private static async Task AssertFiredOnceAsync(TestDatabase db, IReadOnlyCollection<Guid> started)
    {
        await using var cn = await Unpooled(db).OpenAsync();
        var fired = (await cn.QueryAsync<string>("SELECT instance_id FROM wf_history WHERE event = 'TimerFired'")).ToList();
        fired.GroupBy(f => f).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty("timers fired twice");
        fired.Select(Guid.Parse).Order().ShouldBe(started.Order(), "one TimerFired per instance");
        (await cn.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM wf_waits")).ShouldBe(0);
    }

    private static async Task<long> CountAsync(TestDatabase db, string sql)
    {
        await using var cn = await Unpooled(db).OpenAsync();
        return await cn.ExecuteScalarAsync<long>(sql);
    }

    private static MySqlConnectionFactory Unpooled(TestDatabase db) => new(db.ConnectionString.TrimEnd(';') + ";Pooling=false");

    /// <summary>Two nodes on a fresh database; the first migrates and seeds.</summary>
    private sealed class Cluster : IAsyncDisposable
    {
        private readonly string _work;
        private readonly List<HttpClient> _clients = [];

        private Cluster(TestDatabase db, string work, HostProcess a, HostProcess b)
        {
            Db = db;
            _work = work;
            A = a;
            B = b;
        }

        public TestDatabase Db { get; }

        public HostProcess A { get; }

        public HostProcess B { get; }

        public static async Task<Cluster> StartAsync(ITestOutputHelper output)
        {
            var db = await TestDatabase.CreateAsync(TestDatabases.MySql);
            var work = Path.Combine(Path.GetTempPath(), "ektu-qa-tests", "timers-" + Guid.NewGuid().ToString("N"));
            var env = HostProcess.ClusterEnvironment(db, "qa-timers-" + Guid.NewGuid().ToString("N"));
            HostProcess? a = null, b = null;
            try
            {
                // Seeding the demo data takes a minute or two on a loaded machine.
                a = HostProcess.Start(env, Path.Combine(work, "a"));
                await a.WaitHealthyAsync(TimeSpan.FromSeconds(300));
                b = HostProcess.Start(env, Path.Combine(work, "b"));
                await b.WaitHealthyAsync(TimeSpan.FromSeconds(300));
            }
            catch
            {
                if (a != null) await a.DisposeAsync();
                if (b != null) await b.DisposeAsync();
                await db.DisposeAsync();
                throw;
            }
            output.WriteLine($"nodes on {a.Port} and {b.Port}");
            return new Cluster(db, work, a, b);
        }

        /// <summary>Publishes the timer model through A; clients of the quality office on A and on B; the unit SITIS-CS.</summary>
        public async Task<(HttpClient A, HttpClient B, Guid Unit)> PrepareAsync(string duration)
        {
            var a = await A.SignInAsync("aqd");
            var b = await B.SignInAsync("aqd");
            _clients.AddRange([a, b]);
            using var content = new StringContent(Model(duration), Encoding.UTF8, "application/xml");
            var imported = await a.PostAsync("/api/workflow/definitions/import", content);
            imported.StatusCode.ShouldBe(HttpStatusCode.OK, await imported.Content.ReadAsStringAsync());
            var id = (await imported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            var draft = (await a.GetFromJsonAsync<JsonElement>($"/api/workflow/definitions/{id}/versions")).EnumerateArray().Single();
            var published = await a.PostAsync($"/api/workflow/definitions/{id}/publish?version={draft.GetProperty("version").GetInt32()}", null);
            published.StatusCode.ShouldBe(HttpStatusCode.OK, await published.Content.ReadAsStringAsync());
            var units = await a.GetStringAsync("/api/identity/organization-units");
            var match = UnitId().Match(units);
            match.Success.ShouldBeTrue();
            return (a, b, Guid.Parse(match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value));
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var c in _clients) c.Dispose();
            await A.DisposeAsync();
            await B.DisposeAsync();
            await Db.DisposeAsync();
            try
            {
                Directory.Delete(_work, recursive: true);
            }
            catch (IOException) { /* the temp folder is cleaned later */ }
        }
    }

    private static string Model(string duration) => $$"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
            xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            id="Definitions_nodes_timer" targetNamespace="http://qa.ektu.kz/bpmn/nodes-timer">
          <bpmn:process id="{{ProcessKey}}" name="Two-node timer" isExecutable="true">
            <bpmn:startEvent id="Start"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:intermediateCatchEvent id="Wait" name="Wait">
              <bpmn:incoming>Flow_1</bpmn:incoming>
              <bpmn:outgoing>Flow_2</bpmn:outgoing>
              <bpmn:timerEventDefinition id="Wait_def">
                <bpmn:timeDuration xsi:type="bpmn:tFormalExpression">{{duration}}</bpmn:timeDuration>
              </bpmn:timerEventDefinition>
            </bpmn:intermediateCatchEvent>
            <bpmn:endEvent id="End"><bpmn:incoming>Flow_2</bpmn:incoming></bpmn:endEvent>
            <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Wait" />
            <bpmn:sequenceFlow id="Flow_2" sourceRef="Wait" targetRef="End" />
          </bpmn:process>
          <bpmndi:BPMNDiagram id="Diagram">
            <bpmndi:BPMNPlane id="Plane" bpmnElement="{{ProcessKey}}">
              <bpmndi:BPMNShape id="Start_di" bpmnElement="Start"><dc:Bounds x="100" y="100" width="36" height="36" /></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="Wait_di" bpmnElement="Wait"><dc:Bounds x="200" y="100" width="36" height="36" /></bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="End_di" bpmnElement="End"><dc:Bounds x="300" y="100" width="36" height="36" /></bpmndi:BPMNShape>
              <bpmndi:BPMNEdge id="Flow_1_di" bpmnElement="Flow_1"><di:waypoint x="136" y="118" /><di:waypoint x="200" y="118" /></bpmndi:BPMNEdge>
              <bpmndi:BPMNEdge id="Flow_2_di" bpmnElement="Flow_2"><di:waypoint x="236" y="118" /><di:waypoint x="300" y="118" /></bpmndi:BPMNEdge>
            </bpmndi:BPMNPlane>
          </bpmndi:BPMNDiagram>
        </bpmn:definitions>
        """;

    [GeneratedRegex(@"\{[^{}]*""id"":""([0-9a-f-]{36})""[^{}]*""code"":""SITIS-CS""|\{[^{}]*""code"":""SITIS-CS""[^{}]*""id"":""([0-9a-f-]{36})""")]
    private static partial Regex UnitId();
}
