using System.Diagnostics;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Reporting.Definitions;
using Ektu.Qa.Reporting.Schedules;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Ektu.Qa.Reporting.Benchmarks;

/// <summary>
/// A schedule firing every 5 s on the real Quartz scheduler (SQLite, or MariaDB with EKTU_QA_MYSQL): from each fire time
/// to the moment its archived file is recorded (the run Succeeded with file and checksum), polled every 5 ms.
/// </summary>
internal static class LatencyBench
{
    public static async Task RunAsync(int rows, int fires)
    {
        var provider = Environment.GetEnvironmentVariable("EKTU_QA_MYSQL") is { Length: > 0 } ? TestDatabases.MySql : TestDatabases.Sqlite;
        await using var app = await TestApp.StartAsync(provider, configure: b =>
        {
            b.Configuration["Reporting:ArchivePath"] = Path.Combine(Path.GetTempPath(), "ektu-qa-bench", "reports-" + Guid.NewGuid().ToString("N"));
            b.Services.AddSingleton<IReportDefinitionProvider>(new BenchReport(rows));
            b.Configuration["Logging:LogLevel:Default"] = "Warning";
        });
        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.Start();
        var schedule = await app.AsAsync("admin", sp => sp.GetRequiredService<IReportScheduleAppService>().CreateAsync(new SaveScheduleInput
        {
            ReportKey = BenchReport.Key, Cron = "0/5 * * * * ?", Format = ReportFormat.Xlsx, Culture = "ru",
        }));
        var seen = new Dictionary<Guid, double>();
        var until = DateTime.UtcNow.AddSeconds(5 * fires + 20);
        while (seen.Count < fires && DateTime.UtcNow < until)
        {
            var done = await app.QueryAsync(s => s.QueryAsync<Done>(
                "SELECT id, scheduled_for AS ScheduledFor, duration_ms AS DurationMs, row_count AS RowCount FROM rp_runs WHERE schedule_id = @id " +
                    "AND status = 'Succeeded' AND checksum IS NOT NULL",
                new { id = schedule.Id }));
            var now = DateTime.UtcNow;
            foreach (var d in done.Where(d => !seen.ContainsKey(d.Id)))
            {
                seen[d.Id] = (now - d.ScheduledFor).TotalSeconds;
                Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"scheduled run rows={d.RowCount} fire_to_archived_s={seen[d.Id]:0.000} generation_ms={d.DurationMs}"));
            }
            await Task.Delay(5);
        }
        await scheduler.Standby();
        if (seen.Count == 0) throw new InvalidOperationException("no scheduled run finished");
        var ordered = seen.Values.Order().ToList();
        Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"latency provider={provider} fires={ordered.Count} median_s={ordered[ordered.Count / 2]:0.000} max_s={ordered[^1]:0.000}"));
    }

    private sealed class Done
    {
        public Guid Id { get; init; }
        public DateTime ScheduledFor { get; init; }
        public long? DurationMs { get; init; }
        public int RowCount { get; init; }
    }

    private sealed class BenchReport(int rows) : IReportDefinitionProvider
    {
        public const string Key = "Bench.Rows";

        public IEnumerable<ReportDefinition> GetDefinitions() =>
        [
            new ReportDefinition
            {
                Key = Key, NameKey = "Reporting:Report.AuditLog", Permission = Permissions.ReportingPermissions.Reports.Run,
                ColumnKeys = Enumerable.Repeat("Reporting:Column.Action", 10).ToList(),
                Rows = Generate,
            },
        ];

        private async IAsyncEnumerable<object?[]> Generate(ReportContext context,
            [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
        {
            await Task.CompletedTask;
            for (var i = 1; i <= rows; i++) yield return XlsxBench.Row(i);
        }
    }
}
