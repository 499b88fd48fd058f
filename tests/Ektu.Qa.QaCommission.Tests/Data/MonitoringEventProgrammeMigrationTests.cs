using Ektu.Qa.Kernel.Data;
using Ektu.Qa.QaCommission.Plans;
using Ektu.Qa.QaCommission.Tests.Application;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.QaCommission.Tests.Data;

/// <summary>
/// Events planned before they were linked to the register: the table as the earlier scripts left it (no programme column),
/// rows with free text, then the shipped script and a start's linking. Texts stay; only an unambiguous group code of the
/// commission's own school links.
/// </summary>
public sealed class MonitoringEventProgrammeMigrationTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private const string Script = "0240_add_monitoring_event_programme.sql";

    private static Task WriteAsync(TestApp app, Func<IDbSession, Task> write) =>
        app.AsAsync("admin", sp => write(sp.GetRequiredService<IDbSession>()));

    [Theory, MemberData(nameof(Providers))]
    public async Task Migration_Should_KeepFreeTextRowsAndLinkExactCodes_When_EventsPredateTheLink(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var commission = await MonitoringEventProgrammeTests.SitisCommissionAsync(app);
        await WriteAsync(app, db => db.ExecuteAsync(db.Dialect.Name == "Sqlite"
            ? "DROP INDEX ix_qc_monitoring_events_programme; ALTER TABLE qc_monitoring_events DROP COLUMN programme_id;"
            : "ALTER TABLE qc_monitoring_events DROP INDEX ix_qc_monitoring_events_programme, DROP COLUMN programme_id;"));
        var at = new DateTime(2025, 10, 1, 6, 0, 0, DateTimeKind.Utc);
        // B057 is SITIS's (links, whatever its case and spaces); B071 is SEM's (another school: stays text); the third is no code.
        var rows = new[]
        {
            (Id: Guid.NewGuid(), Text: " b057 "), (Id: Guid.NewGuid(), Text: "B071"), (Id: Guid.NewGuid(), Text: "Software engineering"),
        };
        await WriteAsync(app, async db =>
        {
            foreach (var (id, text) in rows)
                await db.ExecuteAsync("""
                    INSERT INTO qc_monitoring_events (id, commission_id, programme, course, title, responsible, starts_on, ends_on, version,
                      created_at, created_by, updated_at, updated_by, done_on)
                    VALUES (@id, @commission, @text, NULL, 'Course files', 'Secretary', @on, @on, 1, @at, 'dean.sitis', @at, 'dean.sitis', NULL)
                    """, new { id, commission, text, on = new DateOnly(2025, 10, 6), at });
        });
        await WriteAsync(app, db => db.ExecuteAsync(
            MigrationRunner.Scripts(typeof(QaCommissionModule).Assembly, db.Dialect.Name).Single(s => s.Name == Script).Sql));

        var migrated = await app.AsAsync("dean.sitis", sp => sp.GetRequiredService<IPlanAppService>().GetEventsAsync(commission));
        var old = migrated.Where(e => rows.Any(r => r.Id == e.Id)).ToList();
        old.Select(e => e.Programme).ShouldBe([" b057 ", "B071", "Software engineering"], ignoreOrder: true);
        old.ShouldAllBe(e => e.ProgrammeId == null);

        await DataSeeder.SeedAsync(app.Services, demo: false);
        var linked = (await app.AsAsync("dean.sitis", sp => sp.GetRequiredService<IPlanAppService>().GetEventsAsync(commission)))
            .ToDictionary(e => e.Id);
        var it = await app.ProgrammeIdAsync("B057");
        linked[rows[0].Id].ProgrammeId.ShouldBe(it);
        linked[rows[0].Id].Programme.ShouldBe(" b057 ");
        linked[rows[1].Id].ProgrammeId.ShouldBeNull();
        linked[rows[2].Id].ProgrammeId.ShouldBeNull();
        (await app.QueryAsync(db => db.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM k_audit_log WHERE entity_id = @id AND action = 'ProgrammeLinked'", new { id = rows[0].Id.ToString() })))
            .ShouldBe(1);
    }
}
