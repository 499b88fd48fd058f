using System.Data.Common;
using System.Diagnostics;
using Ektu.Qa.Kernel.MySql;
using Ektu.Qa.TestKit;
using MySqlConnector;

namespace Ektu.Qa.Benchmarks;

/// <summary>
/// build/bench-pool: the Kernel's <c>ConnectionPool</c> (what <see cref="MySqlConnectionFactory"/> uses) against
/// MySqlConnector's own pool, with its default Connection Reset and with Connection Reset=false, in the same run on a fresh
/// MariaDB database: units of work shaped as the application's (a checkout, then one indexed read; or BEGIN, one insert,
/// COMMIT), W workers, rounds interleaved so a noisy neighbour hurts every pool alike. Then the killed-idle-connection case:
/// the server kills a pooled connection and the next checkout runs a statement.
/// </summary>
internal static class PoolBench
{
    private sealed record Pool(string Name, Func<Task<DbConnection>> Open, Func<DbConnection, ValueTask> Release) : IAsyncDisposable
    {
        public IAsyncDisposable? Owner { get; init; }

        public ValueTask DisposeAsync() => Owner?.DisposeAsync() ?? ValueTask.CompletedTask;
    }

    private sealed record Figures(double PerSecond, double P50, double P95, double ClientCpuUs, double ServerCpuUs);

    public static async Task<int> RunAsync(string[] args)
    {
        if (TestDatabases.MySqlConnectionString == null)
        {
            Console.WriteLine("bench-pool needs EKTU_QA_MYSQL (e.g. EKTU_QA_MYSQL=\"$(build/start-mariadb.sh conn)\" build/bench-pool)");
            return 2;
        }
        var units = Option(args, "--units", 4000);
        var rounds = Option(args, "--rounds", 3);
        await using var db = await TestDatabase.CreateAsync(TestDatabases.MySql);
        await ExecuteAsync(db.ConnectionString, "CREATE TABLE bench_pool (id CHAR(36) NOT NULL PRIMARY KEY, n INT NOT NULL)");
        var serverPid = await ServerPidAsync(db.ConnectionString);
        Console.WriteLine($"pool benchmark on MariaDB: {units} units of work per pool, shape and worker count, {rounds} rounds interleaved, "
            + $"{Environment.ProcessorCount} cores, load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");

        await using var ours = Ours(db.ConnectionString);
        await using var reset = Driver(db.ConnectionString, reset: true);
        await using var noReset = Driver(db.ConnectionString, reset: false);
        Pool[] pools = [ours, reset, noReset];
        foreach (var (shape, unit) in new (string, Func<DbConnection, Task>)[] { ("read", ReadAsync), ("write", WriteAsync) })
        foreach (var workers in new[] { 1, 16 })
        {
            var results = pools.ToDictionary(p => p.Name, _ => new List<Figures>());
            foreach (var pool in pools) await RunAsync(pool, unit, 200, workers, serverPid);
            for (var round = 0; round < rounds; round++)
                foreach (var pool in pools)
                    results[pool.Name].Add(await RunAsync(pool, unit, units, workers, serverPid));
            var oursPerSecond = Median(results[ours.Name].Select(f => f.PerSecond));
            foreach (var pool in pools)
            {
                var f = results[pool.Name];
                var perSecond = Median(f.Select(x => x.PerSecond));
                Console.WriteLine($"[{shape}, {workers,2} workers] {pool.Name,-34} {perSecond,8:F0} units/s (rounds " +
                    $"{string.Join(" / ", f.Select(x => x.PerSecond.ToString("F0")))})"
                    + $"  p50 {Median(f.Select(x => x.P50)):F3} ms  p95 {Median(f.Select(x => x.P95)):F3} ms"
                    + $"  CPU/unit client {Median(f.Select(x => x.ClientCpuUs)):F0} us server {Median(f.Select(x => x.ServerCpuUs)):F0} us"
                    + (pool == ours ? "" : $"  ours/this {oursPerSecond / perSecond:F2}x"));
            }
        }

        Console.WriteLine("killed while idle (KILL from another session), then the next checkout runs SELECT 1:");
        foreach (var idle in new[] { TimeSpan.FromMilliseconds(200), MySqlConnectionFactory.PingAfterIdle + TimeSpan.FromSeconds(1) })
        {
            var outcomes = await Task.WhenAll(pools.Select(p => KilledIdleAsync(p, db.ConnectionString, idle)));
            foreach (var (pool, outcome) in pools.Zip(outcomes)) Console.WriteLine($"  idle {idle.TotalSeconds:F1} s  {pool.Name,-34} {outcome}");
        }
        return 0;
    }

    private static Pool Ours(string cs)
    {
        var factory = new MySqlConnectionFactory(MySqlConnectionFactory.Normalize(cs).ConnectionString);
        return new Pool("ours (ConnectionPool, ping >5 s idle)", () => factory.OpenAsync(), factory.ReleaseAsync) { Owner = factory };
    }

    private static Pool Driver(string cs, bool reset)
    {
        var b = MySqlConnectionFactory.Normalize(cs);
        b.Pooling = true;
        b.ConnectionReset = reset;
        b.MaximumPoolSize = 100;
        var connectionString = b.ConnectionString;
        return new Pool(reset ? "MySqlConnector pool (reset)" : "MySqlConnector pool (Reset=false)", async () =>
        {
            var cn = new MySqlConnection(connectionString);
            await cn.OpenAsync();
            return cn;
        }, cn => cn.DisposeAsync());
    }

    private static async Task ReadAsync(DbConnection cn)
    {
        await using var cmd = cn.CreateCommand();
        cmd.CommandText = "SELECT n FROM bench_pool WHERE id = @id";
        Add(cmd, "@id", Guid.NewGuid().ToString());
        await cmd.ExecuteScalarAsync();
    }

    private static async Task WriteAsync(DbConnection cn)
    {
        await using var tx = await Kernel.Data.StatementTransaction.BeginAsync(cn, CancellationToken.None);
        await using (var cmd = cn.CreateCommand())
        {
            cmd.CommandText = "INSERT INTO bench_pool (id, n) VALUES (@id, 1)";
            Add(cmd, "@id", Guid.NewGuid().ToString());
            await cmd.ExecuteNonQueryAsync();
        }
        await tx.CommitAsync();
    }

    private static async Task<Figures> RunAsync(Pool pool, Func<DbConnection, Task> unit, int units, int workers, int? serverPid)
    {
        var latencies = new double[units];
        var next = -1;
        var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        var server0 = ServerCpu(serverPid);
        var sw = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            for (int i; (i = Interlocked.Increment(ref next)) < units;)
            {
                var start = Stopwatch.GetTimestamp();
                var cn = await pool.Open();
                try { await unit(cn); }
                finally { await pool.Release(cn); }
                latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        })));
        var elapsed = sw.Elapsed.TotalSeconds;
        var client = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalMicroseconds / units;
        var server = (ServerCpu(serverPid) - server0).TotalMicroseconds / units;
        Array.Sort(latencies);
        return new Figures(units / elapsed, latencies[units / 2], latencies[(int)(units * 0.95)], client, server);
    }

    private static async Task<string> KilledIdleAsync(Pool pool, string cs, TimeSpan idle)
    {
        var cn = await pool.Open();
        long id;
        await using (var cmd = cn.CreateCommand())
        {
            cmd.CommandText = "SELECT CONNECTION_ID()";
            id = Convert.ToInt64(await cmd.ExecuteScalarAsync());
        }
        await pool.Release(cn);
        await ExecuteAsync(cs, $"KILL {id}");
        await Task.Delay(idle);
        var failures = new List<string>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            DbConnection? next = null;
            try
            {
                next = await pool.Open();
                await using var cmd = next.CreateCommand();
                cmd.CommandText = "SELECT CONNECTION_ID()";
                var now = Convert.ToInt64(await cmd.ExecuteScalarAsync());
                var how = now == id ? "the killed one?!" : "a new connection";
                return failures.Count == 0 ? $"recovered at checkout ({how})" : $"failed {failures.Count}x ({failures[0]}), then {how}";
            }
            catch (Exception e) when (e is MySqlException or InvalidOperationException)
            {
                failures.Add(e.Message);
            }
            finally
            {
                if (next != null) await pool.Release(next);
            }
        }
        return $"failed 3x ({failures[0]})";
    }

    private static async Task<int?> ServerPidAsync(string cs)
    {
        await using var cn = new MySqlConnection(cs);
        await cn.OpenAsync();
        await using var cmd = new MySqlCommand("SELECT @@pid_file", cn);
        var file = (string?)await cmd.ExecuteScalarAsync();
        // The server is local on a developer machine; its CPU is read from /proc when the pid file is readable.
        return file != null && File.Exists(file) && int.TryParse(File.ReadAllText(file).Trim(), out var pid) ? pid : null;
    }

    private static TimeSpan ServerCpu(int? pid)
    {
        if (pid == null || !File.Exists($"/proc/{pid}/stat")) return TimeSpan.Zero;
        var fields = File.ReadAllText($"/proc/{pid}/stat").Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // utime and stime are fields 14 and 15 of stat, in clock ticks of 10 ms (USER_HZ = 100).
        return TimeSpan.FromMilliseconds((long.Parse(fields[11]) + long.Parse(fields[12])) * 10);
    }

    private static async Task ExecuteAsync(string cs, string sql)
    {
        await using var cn = new MySqlConnection(cs + ";Pooling=false");
        await cn.OpenAsync();
        await using var cmd = new MySqlCommand(sql, cn);
        await cmd.ExecuteNonQueryAsync();
    }

    private static void Add(DbCommand cmd, string name, object value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        cmd.Parameters.Add(p);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1]) : fallback;
    }
}
