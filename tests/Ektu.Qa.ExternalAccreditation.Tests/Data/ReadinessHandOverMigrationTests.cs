using System.Reflection;
using Ektu.Qa.ExternalAccreditation.Readiness;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.QaCommission;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.ExternalAccreditation.Tests.Data;

/// <summary>
/// The move of accreditation readiness out of QaCommission on a database that held it: the old tables as QaCommission's
/// shipped scripts made them, rows in them, then the hand-over scripts; the rows are read back through ExternalAccreditation.
/// </summary>
public sealed class ReadinessHandOverMigrationTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static readonly DateTime At = new(2026, 1, 15, 6, 0, 0, DateTimeKind.Utc);

    private static string Script(Assembly module, ISqlDialect dialect, string name) =>
        MigrationRunner.Scripts(module, dialect.Name).Single(s => s.Name == name).Sql;

    private static Task WriteAsync(TestApp app, Func<IDbSession, Task> write) =>
        app.AsAsync("admin", sp => write(sp.GetRequiredService<IDbSession>()));

    private static Task RunAsync(TestApp app, Assembly module, params string[] names) => WriteAsync(app, async db =>
    {
        foreach (var name in names) await db.ExecuteAsync(Script(module, db.Dialect, name));
    });

    [Theory, MemberData(nameof(Providers))]
    public async Task HandOver_Should_CopyRecommendationsAndEvidenceAndDropOldTables_When_QaCommissionHeldThem(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var qc = typeof(QaCommissionModule).Assembly;
        await RunAsync(app, qc, "0105_create_recommendations.sql", "0106_create_evidence_documents.sql");
        var unit = await app.QueryAsync(db => db.ExecuteScalarAsync<string>("SELECT id FROM id_organization_units WHERE code = 'SITIS'"));
        var (recommendation, evidence) = (Guid.NewGuid(), Guid.NewGuid());
        await WriteAsync(app, db => db.ExecuteAsync("""
            INSERT INTO qc_recommendations (id, unit_id, expert_kind, expert_body, programme, body, received_on, responsible, deadline, status,
              execution_note, version, created_at, created_by, updated_at, updated_by)
            VALUES (@recommendation, @unit, 'External', 'IAAR panel', '6B06101', 'Involve employers', @received, 'Head of CS', @deadline,
              'InProgress', NULL, 3, @at, 'dean.sitis', @at, 'dean.sitis');
            INSERT INTO qc_evidence_documents (id, unit_id, title, esg_standard, programme, period, document_date, location, version, created_at,
              created_by, updated_at, updated_by)
            VALUES (@evidence, @unit, 'Self-assessment report', 3, NULL, '2025-2026', @received, 'https://portal.ektu.kz/sar', 2, @at,
              'dean.sitis', @at, 'dean.sitis');
            """, new { recommendation, evidence, unit, at = At, received = new DateOnly(2025, 12, 1), deadline = new DateOnly(2026, 6, 1) }));

        await RunAsync(app, qc, "0230_copy_readiness_to_external_accreditation.sql", "0231_drop_readiness.sql");

        var moved = (await app.AsAsync("dean.sitis", sp => sp.GetRequiredService<IReadinessAppService>().GetRecommendationsAsync()))
            .Single(r => r.Id == recommendation);
        (moved.Status, moved.Version, moved.ExpertBody).ShouldBe((RecommendationStatus.InProgress, 3, "IAAR panel"));
        var doc = (await app.AsAsync("dean.sitis", sp => sp.GetRequiredService<IReadinessAppService>().GetEvidenceAsync(new EvidenceFilter())))
            .Single(e => e.Id == evidence);
        (doc.EsgStandard, doc.Version).ShouldBe((3, 2));
        foreach (var old in new[] { "qc_recommendations", "qc_evidence_documents" })
            await Should.ThrowAsync<Exception>(() => app.QueryAsync(db => db.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {old}")));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task RenameScript_Should_KeepRoleGrantsAndSetting_When_TheOldReadinessNamesWereHeld(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var role = await app.QueryAsync(db => db.ExecuteScalarAsync<string>("SELECT id FROM id_roles WHERE name = 'HeadOfDepartment'"));
        await WriteAsync(app, db => db.ExecuteAsync("""
            DELETE FROM id_role_permissions WHERE role_id = @role AND permission LIKE 'ExternalAccreditation.Readiness%';
            INSERT INTO id_role_permissions (role_id, permission) VALUES (@role, 'QaCommission.Readiness'), (@role, 'QaCommission.Readiness.Manage');
            """, new { role }));

        await RunAsync(app, typeof(ExternalAccreditationModule).Assembly, "0006_rename_moved_readiness_permissions_and_settings.sql");

        var held = await app.QueryAsync(db => db.QueryAsync<string>(
            "SELECT permission FROM id_role_permissions WHERE role_id = @role AND permission LIKE '%Readiness%'", new { role }));
        held.ShouldBe(["ExternalAccreditation.Readiness", "ExternalAccreditation.Readiness.Manage"], ignoreOrder: true);
    }
}
