using System.Diagnostics;
using System.Text;
using Dapper;
using Ektu.Qa.Identity.Sync;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Benchmarks;

/// <summary>
/// build/bench-sync: N people pushed in batches of B through the sync service (what the push API calls, one unit of work per
/// batch, role rules on) on a fresh MariaDB database: people per second, the time until the last person can sign in (their
/// active account is read from a fresh session, as the portal token's mapping does), the same batches pushed again
/// (idempotent: all unchanged), and beside them a floor: the same user and link rows written as one multi-row INSERT per
/// batch and table, with no validation, rules, audit or run.
/// </summary>
internal static class SyncBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var provider = TestDatabases.MySqlConnectionString == null ? TestDatabases.Sqlite : TestDatabases.MySql;
        var people = Option(args, "--people", 20_000);
        var batch = Option(args, "--batch", 500);
        Console.WriteLine($"sync benchmark on {provider}: {people} people in batches of {batch}, {Environment.ProcessorCount} cores, " +
            $"load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        var inputs = Enumerable.Range(1, people).Select(i => i % 10 == 0
            ? new SyncPersonInput($"E{i:000000}", SyncPersonKind.Staff, $"Staff {i}", null, $"e{i}@ektu.kz", i % 20 == 0 ? "SITIS-CS" : "SEM-GEO",
                i % 1000 == 0 ? "Dean" : "Lecturer", null, null, null, null)
            : new SyncPersonInput($"S{i:000000}", SyncPersonKind.Student, $"Student {i}", null, null, i % 2 == 0 ? "SITIS-CS" : "SEM-GEO", null,
                "6B06101", i % 4 + 1, "Full-time", "kk")).ToList();
        var batches = inputs.Chunk(batch).ToList();

        await using (var app = await TestApp.StartAsync(provider))
        {
            await RuleAsync(app, SyncRuleAttribute.Kind, "Student", "Employee", SyncRuleScope.School);
            await RuleAsync(app, SyncRuleAttribute.Position, "Dean", "Dean", SyncRuleScope.School);
            var last = inputs[^1].ExternalId.ToLowerInvariant();
            var clock = Stopwatch.StartNew();
            var slowest = 0.0;
            foreach (var b in batches)
            {
                var t = Stopwatch.StartNew();
                var r = await app.AsAsync("admin", sp => sp.GetRequiredService<ISyncAppService>().PushPeopleAsync(b));
                if (r.Summary.Failed > 0) throw new InvalidOperationException(r.Items.First(i => i.Outcome == SyncOutcome.Failed).Message);
                slowest = Math.Max(slowest, t.Elapsed.TotalMilliseconds);
            }
            var pushed = clock.Elapsed;
            while (!await app.QueryAsync(db => db.ExecuteScalarAsync<bool>(
                       "SELECT is_active FROM id_users WHERE user_name = @last", new { last }))) await Task.Delay(1);
            var signIn = clock.Elapsed;
            Console.WriteLine($"  push          {people / pushed.TotalSeconds,8:F0} people/s   {pushed.TotalSeconds,6:F1} s, slowest batch " +
                $"{slowest:F0} ms; last person can sign in after {signIn.TotalSeconds:F1} s");
            clock.Restart();
            foreach (var b in batches)
            {
                var r = await app.AsAsync("admin", sp => sp.GetRequiredService<ISyncAppService>().PushPeopleAsync(b));
                if (r.Summary.Unchanged != b.Length) throw new InvalidOperationException("a repeated batch changed something");
            }
            Console.WriteLine($"  push again    {people / clock.Elapsed.TotalSeconds,8:F0} people/s   " +
                $"{clock.Elapsed.TotalSeconds,6:F1} s (all unchanged)");
            var audits = await app.QueryAsync(db => db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM k_audit_log WHERE entity = 'User'"));
            Console.WriteLine($"  audit entries {audits} for {people} people");
        }

        await using (var floor = await TestApp.StartAsync(provider, demo: false))
        {
            var clock = Stopwatch.StartNew();
            var unit = Guid.NewGuid().ToString("D");
            foreach (var b in batches)
                await floor.QueryAsync(async db => await db.InUnitOfWorkAsync(async () =>
                {
                    await InsertAsync(db, "id_users", "id, user_name, full_name, email, position, security_stamp, is_active, access_failed_count, " +
                        "version, created_at, created_by, updated_at, updated_by", b.Select(p => new object?[]
                    {
                        Guid.NewGuid().ToString("D"), p.ExternalId.ToLowerInvariant(), p.FullName, p.Email, p.Position, Guid.NewGuid().ToString("D"),
                        true, 0, 1, DateTime.UtcNow, "bench", DateTime.UtcNow, "bench",
                    }));
                    await InsertAsync(db, "id_sync_people", "external_id, user_id, kind, unit_id, position, programme, study_year, study_form, " +
                        "study_language, is_active, hash, updated_at", b.Select(p => new object?[]
                    {
                        p.ExternalId, Guid.NewGuid().ToString("D"), p.Kind.ToString(), unit, p.Position, p.Programme, p.StudyYear, p.StudyForm,
                        p.StudyLanguage, true, new string('0', 64), DateTime.UtcNow,
                    }));
                    return 0;
                }));
            Console.WriteLine($"  floor         {people / clock.Elapsed.TotalSeconds,8:F0} people/s   {clock.Elapsed.TotalSeconds,6:F1} s " +
                "(one multi-row INSERT per batch into id_users and id_sync_people)");
        }
        return 0;
    }

    private static async Task InsertAsync(IDbSession db, string table, string columns, IEnumerable<object?[]> rows)
    {
        var sql = new StringBuilder($"INSERT INTO {table} ({columns}) VALUES ");
        var args = new DynamicParameters();
        var r = 0;
        foreach (var row in rows)
        {
            sql.Append(r == 0 ? "(" : ", (").Append(string.Join(", ", row.Select((_, c) => $"@p{r}_{c}"))).Append(')');
            for (var c = 0; c < row.Length; c++) args.Add($"p{r}_{c}", row[c]);
            r++;
        }
        await db.ExecuteAsync(sql.ToString(), args);
    }

    private static async Task RuleAsync(TestApp app, SyncRuleAttribute attribute, string value, string role, SyncRuleScope scope)
    {
        var roleId = await app.QueryAsync(db => db.ExecuteScalarAsync<Guid>("SELECT id FROM id_roles WHERE name = @role", new { role }));
        await app.AsAsync("admin", sp => sp.GetRequiredService<ISyncAppService>().CreateRuleAsync(
            new SaveSyncRuleInput { Attribute = attribute, Value = value, RoleId = roleId, Scope = scope }));
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var v) ? v : fallback;
    }
}
