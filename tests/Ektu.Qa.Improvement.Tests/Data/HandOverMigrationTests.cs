using System.Reflection;
using Ektu.Qa.Improvement.Appeals;
using Ektu.Qa.Improvement.Capa;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.QaCommission;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Improvement.Tests.Data;

/// <summary>
/// The move of CAPA and appeals out of QaCommission on a database that held them: the old tables as QaCommission's shipped
/// scripts made them, rows in them, then the hand-over scripts; the rows are read back through Improvement.
/// </summary>
public sealed class HandOverMigrationTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static readonly DateTime At = new(2026, 1, 15, 6, 0, 0, DateTimeKind.Utc);

    private static string Script(Assembly module, ISqlDialect dialect, string name) =>
        MigrationRunner.Scripts(module, dialect.Name).Single(s => s.Name == name).Sql;

    /// <summary>Writes go through a unit of work, as the migration runner's own transaction would.</summary>
    private static Task WriteAsync(TestApp app, Func<IDbSession, Task> write) =>
        app.AsAsync("admin", sp => write(sp.GetRequiredService<IDbSession>()));

    private static Task RunAsync(TestApp app, Assembly module, params string[] names) => WriteAsync(app, async db =>
    {
        foreach (var name in names) await db.ExecuteAsync(Script(module, db.Dialect, name));
    });

    [Theory, MemberData(nameof(Providers))]
    public async Task HandOver_Should_CopyRowsWithSourceKeysAndDropOldTables_When_QaCommissionHeldThem(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var qc = typeof(QaCommissionModule).Assembly;
        await RunAsync(app, qc, "0100_create_capa_items.sql", "0101_create_appeals.sql", "0102_create_appeal_steps.sql",
            "0201_create_overdue_notices.sql");
        var unit = await app.QueryAsync(db => db.ExecuteScalarAsync<string>("SELECT id FROM id_organization_units WHERE code = 'SITIS'"));
        var owner = await app.QueryAsync(db => db.ExecuteScalarAsync<string>("SELECT id FROM id_users WHERE user_name = 'teacher1'"));
        var (decisionItem, auditItem, appeal) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await WriteAsync(app, db => db.ExecuteAsync("""
            INSERT INTO qc_capa_items (id, unit_id, source, source_id, problem, root_cause, corrective_action, preventive_action, owner_user_id,
              deadline, check_after_days, state, implemented_on, check_due_on, effectiveness_note, closed_on, reopen_count, version, created_at,
              created_by, updated_at, updated_by)
            VALUES (@decisionItem, @unit, 'Decision', @appeal, 'Late minutes', NULL, 'Send minutes in 3 days', NULL, @owner,
              @deadline, 90, 'InProgress', NULL, NULL, NULL, NULL, 1, 4, @at, 'dean.sitis', @at, 'dean.sitis'),
              (@auditItem, @unit, 'Audit', NULL, 'No syllabi', NULL, 'Write syllabi', NULL, @owner,
              @deadline, 30, 'Open', NULL, NULL, NULL, NULL, 0, 1, @at, 'dean.sitis', @at, 'dean.sitis');
            INSERT INTO qc_appeals (id, applicant_kind, applicant_user_id, applicant_name, channel, kind, formality, subject, body, unit_id, level,
              state, received_on, due_on, escalations, resolution, resolved_on, version, created_at, created_by, updated_at, updated_by)
            VALUES (@appeal, 'Student', NULL, 'Aruzhan S.', 'Written', 'Individual', 'Formal', 'Grade review', 'Not explained', @unit, 'School',
              'Received', @received, @deadline, 0, NULL, NULL, 1, @at, 'dean.sitis', @at, 'dean.sitis');
            INSERT INTO qc_appeal_steps (id, appeal_id, level, unit_id, assigned_on, due_on, outcome, note, created_at, created_by)
            VALUES (@step, @appeal, 'School', @unit, @received, @deadline, 'Pending', NULL, @at, 'dean.sitis');
            INSERT INTO qc_overdue_notices (id, item_kind, item_id, overdue_key, recipients, version, created_at, created_by, updated_at, updated_by)
            VALUES (@notice, 'Capa', @decisionItem, 'Deadline:2026-02-01', 1, 1, @at, 'system', @at, 'system');
            """, new
        {
            decisionItem, auditItem, appeal, unit, owner, step = Guid.NewGuid(), notice = Guid.NewGuid(), at = At,
            deadline = new DateOnly(2026, 2, 1), received = new DateOnly(2026, 1, 15),
        }));

        await RunAsync(app, qc, "0220_copy_capa_and_appeals_to_improvement.sql", "0221_drop_capa_and_appeals.sql");

        var moved = await app.AsAsync("admin", sp => sp.GetRequiredService<ICapaAppService>().GetAsync(decisionItem));
        (moved.Source, moved.SourceId, moved.StoredState, moved.ReopenCount, moved.Version).ShouldBe(
            (QaCommissionCapaSources.Decision, (Guid?)appeal, CapaState.InProgress, 1, 4));
        (await app.AsAsync("admin", sp => sp.GetRequiredService<ICapaAppService>().GetAsync(auditItem))).Source.ShouldBe(CapaSources.Audit);
        var details = await app.AsAsync("admin", sp => sp.GetRequiredService<IAppealAppService>().GetAsync(appeal));
        (details.Appeal.Subject, details.Steps.Count).ShouldBe(("Grade review", 1));
        (await app.QueryAsync(db => db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM imp_overdue_notices WHERE item_id = @decisionItem",
            new { decisionItem = decisionItem.ToString() }))).ShouldBe(1);
        foreach (var old in new[] { "qc_capa_items", "qc_appeals", "qc_appeal_steps", "qc_overdue_notices" })
            await Should.ThrowAsync<Exception>(() => app.QueryAsync(db => db.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {old}")));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task RenameScript_Should_KeepRoleGrants_When_RolesHeldTheOldPermissionNames(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var role = await app.QueryAsync(db => db.ExecuteScalarAsync<string>("SELECT id FROM id_roles WHERE name = 'Employee'"));
        await WriteAsync(app, db => db.ExecuteAsync("""
            DELETE FROM id_role_permissions WHERE role_id = @role AND permission LIKE 'Improvement.%';
            INSERT INTO id_role_permissions (role_id, permission) VALUES (@role, 'QaCommission.Capa'), (@role, 'QaCommission.Appeals.Submit');
            """, new { role }));

        await RunAsync(app, typeof(ImprovementModule).Assembly, "0005_rename_moved_permissions_and_settings.sql");

        var held = await app.QueryAsync(db => db.QueryAsync<string>("""
            SELECT permission FROM id_role_permissions
            WHERE role_id = @role
              AND (permission LIKE 'Improvement.%' OR permission LIKE 'QaCommission.Capa%' OR permission LIKE 'QaCommission.Appeals%')
            """, new { role }));
        held.ShouldBe(["Improvement.Appeals.Submit", "Improvement.Capa"], ignoreOrder: true);
    }
}
