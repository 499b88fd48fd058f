using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Security.Claims;
using System.Text.Json;
using Ektu.Qa.Identity;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.TestKit;
using Ektu.Qa.Workflow;
using Ektu.Qa.Workflow.Definitions;
using Ektu.Qa.Workflow.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ektu.Qa.Benchmarks;

/// <summary>
/// build/bench-workflow: N instances of a 5-user-task chain through the public runtime API (<see cref="IWorkflowIntegrationService"/>
/// starts, <see cref="ITaskAppService"/> reads the inbox and completes), W workers, each step its own DI scope and unit of
/// work as a request would have; on a fresh SQLite file and on MariaDB when EKTU_QA_MYSQL is set. Then the same model on
/// bpmn-engine in memory for the ratio.
/// </summary>
internal static class WorkflowBench
{
    private const string ProcessKey = "bench-approval-chain";
    private const int Steps = 5;
    private const int WarmupRound = 200;

    public static async Task<int> RunAsync(string[] args)
    {
        var instances = Option(args, "--instances", 2000);
        var workers = Option(args, "--workers", 16);
        var nodeDir = OptionText(args, "--node-dir");
        var model = Path.Combine(AppContext.BaseDirectory, "Models", "approval-chain-5.bpmn");
        Console.WriteLine($"workflow benchmark: {instances} instances x {Steps} user tasks, {workers} workers, {Environment.ProcessorCount} cores, " +
            $"load {LoadAverage()}");

        var ours = new List<(string Provider, double PerSecond)>();
        var only = OptionText(args, "--provider");
        foreach (var provider in (TestDatabases.MySqlConnectionString == null ? new[] { TestDatabases.Sqlite }
            : [TestDatabases.Sqlite, TestDatabases.MySql])
                     .Where(p => only == null || p.Equals(only, StringComparison.OrdinalIgnoreCase)))
        {
            var result = await RunProviderAsync(provider, model, instances, workers, Option(args, "--max-warmup", 4000), Option(args, "--hosts", 1));
            ours.Add((provider, result));
        }

        if (nodeDir == null)
        {
            Console.WriteLine("bpmn-engine: skipped (no --node-dir)");
            return 0;
        }
        var engine = await RunBpmnEngineAsync(nodeDir, model, instances, workers);
        var perSecond = engine.GetProperty("instancesPerSecond").GetDouble();
        Console.WriteLine($"[bpmn-engine {engine.GetProperty("version").GetString()}, in memory] {perSecond:F1} instances/s; "
            + $"signal -> next task waiting p50 {engine.GetProperty("p50Ms").GetDouble():F2} ms, p95 {engine.GetProperty("p95Ms").GetDouble():F2} " +
                $"ms");
        foreach (var (provider, ps) in ours)
            Console.WriteLine($"ratio ours[{provider}, persisted] / bpmn-engine[in memory]: {ps / perSecond:F2}");
        return 0;
    }

    private static async Task<double> RunProviderAsync(string provider, string modelPath, int instances, int workers, int maxWarmup, int hosts)
    {
        await using var app = await TestApp.StartAsync(provider, configure: b => b.Logging.SetMinimumLevel(LogLevel.Warning));
        var admin = await PrincipalAsync(app, "admin");
        var aqd = await PrincipalAsync(app, "aqd");
        await InScopeAsync(app, admin, uow: true, async sp =>
        {
            var defs = sp.GetRequiredService<IProcessDefinitionAppService>();
            var def = await defs.ImportAsync(await File.ReadAllBytesAsync(modelPath));
            await defs.PublishAsync(def.Id, (await defs.GetVersionsAsync(def.Id)).Single().Version);
            return 0;
        });
        var root = await InScopeAsync(app, admin, uow: false, async sp =>
            (await sp.GetRequiredService<IIdentityIntegrationService>().GetUnitsAsync()).Single(u => u.ParentId == null).Id);

        // Tiered compilation goes on for thousands of requests on two busy cores (after 300 instances it still took 16 s of
        // the measured run): warm up in rounds until one compiles almost nothing, so the figures are a running server's.
        var warmed = 0;
        for (var round = 0; warmed < maxWarmup; round++)
        {
            var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
            await new Run([app], aqd, root, $"W{round}").ExecuteAsync(WarmupRound, workers);
            warmed += WarmupRound;
            if (System.Runtime.JitInfo.GetCompiledMethodCount() - compiled < 20) break;
        }
        Console.WriteLine($"[{provider}] warmed up with {warmed} instances");
        await ProbeAsync(app, provider, workers);

        // More hosts on one database: further apps in this process, each with its own container, connection pool and caches
        // (what a second server would have); the workers are shared out among them. Same machine, same two cores.
        var apps = new List<TestApp> { app };
        for (var h = 1; h < hosts; h++)
        {
            var other = await TestApp.AttachAsync(app, b => b.Logging.SetMinimumLevel(LogLevel.Warning));
            apps.Add(other);
            await new Run([other], aqd, root, $"H{h}").ExecuteAsync(WarmupRound, workers);
        }
        if (hosts > 1) Console.WriteLine($"[{provider}] {hosts} hosts on one database, {workers} workers shared among them");
        try
        {
            return await MeasureAsync(app, apps, provider, aqd, root, instances, workers);
        }
        finally
        {
            foreach (var other in apps.Skip(1)) await other.DisposeAsync();
        }
    }

    private static async Task<double> MeasureAsync(TestApp app, IReadOnlyList<TestApp> apps, string provider, ClaimsPrincipal aqd, Guid root,
        int instances, int workers)
    {
        var run = new Run(apps, aqd, root, "B");
        var server0 = await ServerCountersAsync(app, provider);
        var cpuClock = new CpuClock(provider);
        var (allocated0, gcs0) = (GC.GetTotalAllocatedBytes(), GC.CollectionCount(0));
        var (jitted0, jitTime0) = (System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompilationTime());
        var sw = Stopwatch.StartNew();
        await run.ExecuteAsync(instances, workers);
        sw.Stop();
        var (appCpu, dbCpu) = cpuClock.Elapsed();
        var (allocated, gcs) = (GC.GetTotalAllocatedBytes() - allocated0, GC.CollectionCount(0) - gcs0);
        var (jitted, jitTime) = (System.Runtime.JitInfo.GetCompiledMethodCount() - jitted0, System.Runtime.JitInfo.GetCompilationTime() - jitTime0);
        var server = (await ServerCountersAsync(app, provider)).ToDictionary(c => c.Key, c => c.Value - server0[c.Key]);

        var completed = await app.QueryAsync(db => db.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM wf_instances WHERE process_key = @ProcessKey AND status = 1 AND business_key LIKE 'B-%'", new { ProcessKey }));
        var doneTasks = await app.QueryAsync(db => db.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM wf_tasks WHERE process_key = @ProcessKey AND status = 1 AND business_key LIKE 'B-%'", new { ProcessKey }));
        if (completed != instances || doneTasks != instances * Steps)
            throw new InvalidOperationException($"[{provider}] expected {instances} completed instances and {instances * Steps} completed tasks, " +
                $"found {completed} and {doneTasks}");

        var perSecond = instances / sw.Elapsed.TotalSeconds;
        var lat = run.Latencies.ToArray();
        Array.Sort(lat);
        var target = provider == TestDatabases.MySql
            ? (perSecond >= 500 && P(lat, 0.95) < 20 ? " (target >= 500/s, p95 < 20 ms: OK)" : " (target >= 500/s, p95 < 20 ms: MISSED)") : "";
        Console.WriteLine($"[{provider}] {instances} instances ({instances * Steps} tasks) in {sw.Elapsed.TotalSeconds:F1} s: {perSecond:F1} " +
            $"completed instances/s, "
            + $"{instances * (1 + 2 * Steps) / sw.Elapsed.TotalSeconds:F0} calls/s; complete -> next task in the inbox p50 {P(lat, 0.5):F1} ms, "
            + $"p95 {P(lat, 0.95):F1} ms, p99 {P(lat, 0.99):F1} ms (n={lat.Length}, inbox re-reads {run.Retries}){target}");
        // CPU, not wall time, is what bounds throughput on 2 cores: the ceiling if nothing but this work ran on them.
        var cpuPerInstance = (appCpu + dbCpu) / instances;
        Console.WriteLine($"[{provider}] CPU per instance: application {appCpu / instances:F1} ms"
            + (cpuClock.HasServer ? $", database server {dbCpu / instances:F1} ms" : " (in-process database)")
            + $"; {Environment.ProcessorCount} cores → ceiling {Environment.ProcessorCount * 1000 / cpuPerInstance:F0} instances/s; "
            + $"allocated {allocated / 1024.0 / instances:F0} KiB per instance, {gcs} gen-0 collections; {jitted} methods JIT-compiled in " +
                $"{jitTime.TotalMilliseconds:F0} ms");
        if (server.Count > 0)
            Console.WriteLine($"[{provider}] the server's work per instance: "
                + string.Join(", ", server.Select(c => $"{c.Key} {c.Value / (double)instances:F1}")));
        return perSecond;
    }

    /// <summary>
    /// The floor under every step on this machine, now: one round trip and one committed one-row transaction on one
    /// connection, then steps that do nothing but write and read from W workers (<see cref="FloorAsync"/>).
    /// </summary>
    private static async Task ProbeAsync(TestApp app, string provider, int workers)
    {
        const int n = 200;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IDbSession>();
        await db.ExecuteScalarAsync<long>("SELECT 1");
        var sw = Stopwatch.StartNew();
        for (var i = 0; i < n; i++) await db.ExecuteScalarAsync<long>("SELECT 1");
        var roundTrip = sw.Elapsed.TotalMilliseconds / n;
        sw.Restart();
        for (var i = 0; i < n; i++)
            await db.InUnitOfWorkAsync(() =>
                db.ExecuteAsync(ProbeInsert + ProbeRow(0), new { id0 = Guid.NewGuid(), user = Guid.NewGuid(), now = DateTime.UtcNow }));
        var commit = sw.Elapsed.TotalMilliseconds / n;
        Console.WriteLine($"[{provider}] floor, one connection: round trip {roundTrip:F2} ms; begin + one-row insert + commit {commit:F2} ms");
        await ClearProbeRowsAsync(app);
        foreach (var rows in new[] { 1, 7 })
            foreach (var raw in new[] { true, false })
                await FloorAsync(app, provider, workers, rows, raw, multiRow: false);
        await FloorAsync(app, provider, workers, 7, raw: false, multiRow: true);
    }

    /// <summary>
    /// The least a step can cost here, from W workers at once, each step in its own scope as a request: a transaction that
    /// inserts <paramref name="rows"/> rows, sent in one round trip, then one indexed read, as a step then reads the inbox.
    /// A step of the chain writes seven statements (task and instance updated; next task, its history, notification, mail
    /// and audit entry inserted), so the 7-statement figure bounds what an engine that commits each step can reach. The
    /// same rows as one multi-row statement are the cheapest form, which only pooling many users' steps could approach,
    /// since a step's rows go to six tables.
    /// </summary>
    private static async Task FloorAsync(TestApp app, string provider, int workers, int rows, bool raw, bool multiRow)
    {
        var factory = app.Services.GetRequiredService<IDbConnectionFactory>();
        const int total = 3000;
        var values = Enumerable.Range(0, rows).Select(ProbeRow);
        var insert = multiRow ? ProbeInsert + string.Join(", ", values) : string.Concat(values.Select(v => ProbeInsert + v + ";\n"));
        var next = -1;
        var cpuClock = new CpuClock(provider);
        var sw = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref next) < total)
                await (raw ? RawStepAsync(factory, insert, rows) : KernelStepAsync(app, insert, rows));
        })));
        var perSecond = total / sw.Elapsed.TotalSeconds;
        var (appCpu, dbCpu) = cpuClock.Elapsed();
        var cpu = (appCpu + dbCpu) / total;
        await ClearProbeRowsAsync(app);
        Console.WriteLine($"[{provider}] floor, {workers} workers, {(raw ? "the driver alone" : "through the kernel")}, a transaction of {rows} " +
            $"inserted row(s) "
            + $"{(multiRow ? "in one statement" : "in one round trip")} and one read: "
            + $"{perSecond:F0}/s, {cpu:F2} ms CPU each (application and server); at {1 + Steps} per instance no more than " +
                $"{perSecond / (1 + Steps):F0} instances/s");
    }

    /// <summary>The rows the floor inserts and reads back: notifications no one is sent, removed after each measurement.</summary>
    private const string ProbeInsert =
        "INSERT INTO k_notifications (id, user_id, title_key, args, link, read_at, version, created_at, created_by, updated_at, updated_by) VALUES ";

    private static string ProbeRow(int r) => $"(@id{r}, @user, 'Bench:Probe', '[]', NULL, NULL, 1, @now, 'bench', @now, 'bench')";

    private static Task<int> ClearProbeRowsAsync(TestApp app) =>
        app.QueryAsync(d => d.InUnitOfWorkAsync(() => d.ExecuteAsync("DELETE FROM k_notifications WHERE title_key = 'Bench:Probe'")));

    /// <summary>A floor step as a request makes it: its own scope and session, Dapper, the unit of work.</summary>
    private static async Task KernelStepAsync(TestApp app, string insert, int rows)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IDbSession>();
        var args = new Dapper.DynamicParameters(new { user = Guid.NewGuid(), now = DateTime.UtcNow });
        for (var r = 0; r < rows; r++) args.Add($"id{r}", Guid.NewGuid());
        await db.InUnitOfWorkAsync(() => db.ExecuteAsync(insert, args));
        await db.QueryAsync<Guid>("SELECT id FROM k_notifications WHERE user_id = @user", args);
    }

    /// <summary>The same step on the driver alone: no scope, no session, no Dapper; the pooled connection and plain commands.</summary>
    private static async Task RawStepAsync(IDbConnectionFactory factory, string insert, int rows)
    {
        var user = Guid.NewGuid();
        var connection = await factory.OpenAsync();
        try
        {
            var tx = await factory.BeginTransactionAsync(connection, default);
            await using (var cmd = connection.CreateCommand())
            {
                cmd.CommandText = insert;
                Add(cmd, "user", user);
                Add(cmd, "now", DateTime.UtcNow);
                for (var r = 0; r < rows; r++) Add(cmd, $"id{r}", Guid.NewGuid());
                await cmd.ExecuteNonQueryAsync();
            }
            await tx.CommitAsync();
            await factory.EndTransactionAsync(tx);
            await using var read = connection.CreateCommand();
            read.CommandText = "SELECT id FROM k_notifications WHERE user_id = @user";
            Add(read, "user", user);
            await using var reader = await read.ExecuteReaderAsync();
            while (await reader.ReadAsync()) _ = reader.GetValue(0);
        }
        finally
        {
            await factory.ReleaseAsync(connection);
        }

        static void Add(DbCommand cmd, string name, object value)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = name;
            p.Value = value is Guid g ? g.ToString() : value; // ids are CHAR(36), as the kernel's type handler writes them
            cmd.Parameters.Add(p);
        }
    }

    /// <summary>MariaDB's counters of statements, rows read and sorted, temporary tables and fsyncs (none on SQLite).</summary>
    private static async Task<Dictionary<string, long>> ServerCountersAsync(TestApp app, string provider) => provider != TestDatabases.MySql ? []
        : (await app.QueryAsync(db => db.QueryAsync<(string Name, long Value)>("""
            SHOW GLOBAL STATUS WHERE variable_name IN ('Questions', 'Handler_read_next', 'Sort_rows', 'Created_tmp_tables', 'Innodb_data_fsyncs')
            """))).ToDictionary(c => c.Name, c => c.Value);

    /// <summary>Workers take instances from a shared counter; each drives its instance to the end before the next.</summary>
    private sealed class Run(IReadOnlyList<TestApp> apps, ClaimsPrincipal user, Guid unit, string prefix)
    {
        private int _next = -1;
        private int _retries;

        public ConcurrentBag<double> Latencies { get; } = [];

        public int Retries => _retries;

        public Task ExecuteAsync(int instances, int workers) =>
            Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(async () =>
            {
                for (var i = Interlocked.Increment(ref _next); i < instances; i = Interlocked.Increment(ref _next))
                    await DriveAsync(apps[w % apps.Count], $"{prefix}-{i}");
            })));

        private async Task DriveAsync(TestApp app, string businessKey)
        {
            var id = await InScopeAsync(app, user, uow: true, sp =>
                sp.GetRequiredService<IWorkflowIntegrationService>().StartAsync(ProcessKey, businessKey, unit, null));
            var task = await NextTaskAsync(app, id, null);
            for (var step = 1; step <= Steps; step++)
            {
                var sw = Stopwatch.StartNew();
                var current = task!;
                await InScopeAsync(app, user, uow: true, async sp =>
                {
                    await sp.GetRequiredService<ITaskAppService>().CompleteAsync(current.Id, new CompleteTaskInput { Version = current.Version });
                    return 0;
                });
                if (step == Steps) break;
                task = await NextTaskAsync(app, id, current.Id);
                Latencies.Add(sw.Elapsed.TotalMilliseconds);
            }
        }

        /// <summary>The instance's open task as the assignee's inbox shows it (a GET: no unit of work).</summary>
        private async Task<WorkflowTaskDto> NextTaskAsync(TestApp app, Guid instanceId, Guid? previous)
        {
            for (var attempt = 0; attempt < 100; attempt++)
            {
                var inbox = await InScopeAsync(app, user, uow: false, sp =>
                    sp.GetRequiredService<ITaskAppService>().GetInboxAsync(TaskFilter.Mine, 1, 500));
                var task = inbox.Items.FirstOrDefault(t => t.InstanceId == instanceId && t.Id != previous);
                if (task != null) return task;
                Interlocked.Increment(ref _retries);
            }
            throw new InvalidOperationException($"instance {instanceId}: no next task in the inbox");
        }
    }

    private static async Task<T> InScopeAsync<T>(TestApp app, ClaimsPrincipal principal, bool uow, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<CurrentUser>().Use(principal);
        return uow ? await sp.GetRequiredService<IDbSession>().InUnitOfWorkAsync(() => work(sp)) : await work(sp);
    }

    /// <summary>The principal a signed-in request carries (user id, name, security stamp), read once.</summary>
    private static async Task<ClaimsPrincipal> PrincipalAsync(TestApp app, string userName)
    {
        var (id, stamp) = await app.QueryAsync(async db =>
        {
            var id = await db.ExecuteScalarAsync<string>("SELECT id FROM id_users WHERE user_name = @userName", new { userName });
            var stamp = await db.ExecuteScalarAsync<string>("SELECT security_stamp FROM id_users WHERE user_name = @userName", new { userName });
            return (id!, stamp!);
        });
        var principal = CurrentUser.For(Guid.Parse(id), userName);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(QaClaimTypes.SecurityStamp, stamp));
        return principal;
    }

    private static async Task<JsonElement> RunBpmnEngineAsync(string nodeDir, string model, int instances, int workers)
    {
        var psi = new ProcessStartInfo("node", [Path.Combine(nodeDir, "bench.js"), model, instances.ToString(), workers.ToString()])
        {
            WorkingDirectory = nodeDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("node did not start");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        if (p.ExitCode != 0) throw new InvalidOperationException($"bpmn-engine bench failed ({p.ExitCode}): {await stderr}");
        return JsonDocument.Parse((await stdout).Trim()).RootElement.Clone();
    }

    private static double P(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Max(0, (int)Math.Ceiling(sorted.Length * p) - 1)];

    private static int Option(string[] args, string name, int fallback) => OptionText(args, name) is { } v ? int.Parse(v) : fallback;

    private static string? OptionText(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    /// <summary>User + system CPU time of a process (this one when <paramref name="pid"/> is null), from /proc.</summary>
    private static double CpuMs(int? pid)
    {
        var path = $"/proc/{(pid?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "self")}/stat";
        if (!File.Exists(path)) return 0;
        var fields = File.ReadAllText(path).Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // After the command name: state is field 3, utime 14 and stime 15 (1-based, man proc) → indexes 11 and 12 here.
        var ticks = long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture)
            + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
        return ticks * 1000.0 / 100; // USER_HZ is 100 on Linux
    }

    /// <summary>CPU time used since it was made, by this process and by the local MariaDB server (SQLite runs in-process).</summary>
    private sealed class CpuClock
    {
        private readonly int? _server;
        private readonly double _app0;
        private readonly double _server0;

        public CpuClock(string provider)
        {
            _server = provider == TestDatabases.MySql ? DatabaseServerPid() : null;
            (_app0, _server0) = (CpuMs(null), _server is { } pid ? CpuMs(pid) : 0);
        }

        public bool HasServer => _server != null;

        public (double App, double Server) Elapsed() => (CpuMs(null) - _app0, _server is { } pid ? CpuMs(pid) - _server0 : 0);
    }

    /// <summary>The local MariaDB server's process (build/start-mariadb.sh writes its pid file), when it runs on this machine.</summary>
    private static int? DatabaseServerPid()
    {
        var file = Environment.GetEnvironmentVariable("EKTU_QA_MARIADB_PIDFILE") ?? "/tmp/ektu-qa-mariadb/mysqld.pid";
        return File.Exists(file) && int.TryParse(File.ReadAllText(file).Trim(), out var pid) && Directory.Exists($"/proc/{pid}") ? pid : null;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
