using Ektu.Qa.Identity.AuditLogs;
using Ektu.Qa.Identity.Permissions;
using Ektu.Qa.Identity.Roles;
using Ektu.Qa.Identity.Users;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Improvement.Appeals;
using Ektu.Qa.Improvement.Capa;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.QaCommission.Tests.Application;

/// <summary>QaCommission's audit entries carry the record's organisation unit, so the audit log shows a dean his own school's trail only.</summary>
public sealed class AuditUnitTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private sealed record Arranged(Guid Sitis, Guid Sem, string DeanOfSem, Guid CommissionId, Guid MemberId, Guid CapaId,
        Guid AppealId, Guid SemCapaId);

    /// <summary>
    /// An "AuditReader" role (the Dean role does not carry the audit log) for dean.sitis in SITIS and a new dean of SEM;
    /// then, in SITIS, a commission with one member, a CAPA item and a recorded appeal; in SEM, one CAPA item.
    /// </summary>
    private static async Task<Arranged> ArrangeAsync(TestApp app)
    {
        var sitis = await app.UnitAsync("SITIS");
        var sem = await app.UnitAsync("SEM");
        var deanOfSem = "dean.sem." + Guid.NewGuid().ToString("N")[..6];
        var deanOfSemId = await app.NewUserAsync(deanOfSem);
        var deanOfSitisId = await app.UserIdAsync("dean.sitis");
        await app.AsAsync("admin", async sp =>
        {
            var roles = sp.GetRequiredService<IRoleAppService>();
            var users = sp.GetRequiredService<IUserAppService>();
            var reader = await roles.CreateAsync(new SaveRoleInput { Name = "AuditReader" });
            await roles.SetPermissionsAsync(reader.Id, reader.Version, [IdentityPermissions.AuditLog.Default]);
            var dean = (await roles.GetListAsync()).Single(r => r.Name == "Dean");
            await users.AssignAsync(deanOfSitisId, reader.Id, sitis);
            await users.AssignAsync(deanOfSemId, dean.Id, sem);
            await users.AssignAsync(deanOfSemId, reader.Id, sem);
        });

        var (commission, members) = await app.CommissionWithAsync(1);
        var capa = await app.AsAsync("dean.sitis", async sp => await sp.GetRequiredService<ICapaAppService>().CreateAsync(new SaveCapaItemInput
        {
            UnitId = sitis, Source = CapaSources.Audit, Problem = "Syllabi lack assessment criteria",
                CorrectiveAction = "Add criteria to all syllabi",
            OwnerUserId = await app.UserIdAsync("teacher1"), Deadline = new DateOnly(2026, 4, 30), CheckAfterDays = 30,
        }));
        var appeal = await app.AsAsync("dean.sitis", sp => sp.GetRequiredService<IAppealAppService>().RecordAsync(new SubmitAppealInput
        {
            ApplicantKind = ApplicantKind.Student, Kind = AppealKind.Individual, Formality = AppealFormality.Formal, Subject = "Grade review",
                Text = "The grade was not explained",
            UnitId = sitis, ApplicantName = "Aruzhan S.", Channel = AppealChannel.Written, ReceivedOn = new DateOnly(2026, 2, 20),
        }));
        var teacher3 = await app.UserIdAsync("teacher3");
        var semCapa = await app.AsAsync(deanOfSem, sp => sp.GetRequiredService<ICapaAppService>().CreateAsync(new SaveCapaItemInput
        {
            UnitId = sem, Source = CapaSources.Audit, Problem = "Practice reports missing",
                CorrectiveAction = "Collect the reports", OwnerUserId = teacher3,
            Deadline = new DateOnly(2026, 5, 29), CheckAfterDays = 30,
        }));
        return new Arranged(sitis, sem, deanOfSem, commission.Id, members[0].Id, capa.Id, appeal.Id, semCapa.Id);
    }

    private static Task<List<string?>> StoredUnitsAsync(TestApp app, Guid entityId) => app.QueryAsync(async s =>
        (await s.QueryAsync<string?>("SELECT unit_id FROM k_audit_log WHERE module IN ('QaCommission', 'Improvement') AND entity_id = @entityId",
            new { entityId })).ToList());

    private static Task<List<(string Entity, string Action)>> SeenAsync(TestApp app, string userName, params Guid[] entityIds) =>
        app.AsAsync(userName, async sp =>
    {
        var log = sp.GetRequiredService<IAuditLogAppService>();
        var seen = new List<(string, string)>();
        foreach (var id in entityIds)
            seen.AddRange((await log.GetListAsync(new AuditLogFilter { EntityId = id, PageSize = 500 })).Items.Where(e =>
                e.Module is "QaCommission" or "Improvement").Select(e => (e.Entity, e.Action)));
        return seen.Order().ToList();
    });

    [Theory, MemberData(nameof(Providers))]
    public async Task WriteAsync_Should_StoreSchoolUnit_When_CommissionCapaAndAppealChangeInSchool(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var a = await ArrangeAsync(app);

        foreach (var (id, what) in new[] { (a.CommissionId, "commission (created, election)"), (a.MemberId, "member added"),
            (a.CapaId, "CAPA item"), (a.AppealId, "appeal") })
        {
            var units = await StoredUnitsAsync(app, id);
            units.ShouldNotBeEmpty(what);
            units.ShouldAllBe(u => u != null && Guid.Parse(u) == a.Sitis, what);
        }
        (await StoredUnitsAsync(app, a.SemCapaId)).ShouldAllBe(u => u != null && Guid.Parse(u) == a.Sem);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task GetList_Should_ShowCommissionTrailToOwnDeanOnly_When_CallersAreDeansOfDifferentSchools(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var a = await ArrangeAsync(app);
        Guid[] sitisRecords = [a.CommissionId, a.MemberId, a.CapaId, a.AppealId];

        var seenByOwnDean = await SeenAsync(app, "dean.sitis", sitisRecords);
        seenByOwnDean.ShouldContain(("Commission", "Created"));
        seenByOwnDean.ShouldContain(("Commission", "Election"));
        seenByOwnDean.ShouldContain(("Member", "Added"));
        seenByOwnDean.ShouldContain(("CapaItem", "Created"));
        seenByOwnDean.ShouldContain(("Appeal", "Received"));
        (await SeenAsync(app, "dean.sitis", a.SemCapaId)).ShouldBeEmpty();

        (await SeenAsync(app, a.DeanOfSem, sitisRecords)).ShouldBeEmpty();
        (await SeenAsync(app, a.DeanOfSem, a.SemCapaId)).ShouldBe([("CapaItem", "Created")],
            "the dean of SEM reads the audit log, only not SITIS's entries");
    }
}
