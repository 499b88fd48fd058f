using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Identity.Permissions;
using Ektu.Qa.Identity.Roles;
using Ektu.Qa.Identity.Users;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.QualityPolicy.Permissions;
using Ektu.Qa.Reporting.Definitions;
using Ektu.Qa.Reporting.Permissions;
using Ektu.Qa.Reporting.Schedules;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Reporting.Tests.Data;

public sealed class ScheduleScopeTests
{
    private static Task<TestApp> StartAsync(string provider) =>
        TestApp.StartAsync(provider, configure: b =>
        {
            b.Configuration["Reporting:ArchivePath"] = Path.Combine(Path.GetTempPath(), "ektu-qa-tests", "reports-" + Guid.NewGuid().ToString("N"));
        });

    /// <summary>A "Scheduler" role (schedules, the audit-log and KPI reports) for dean.sitis in SITIS and teacher3 in SEM.</summary>
    private static async Task<Func<string, Guid>> ArrangeAsync(TestApp app)
    {
        var units = await app.AsAsync("admin", sp => sp.GetRequiredService<IOrganizationUnitAppService>().GetTreeAsync());
        Guid Id(string code) => units.Single(u => u.Code == code).Id;
        await app.AsAsync("admin", async sp =>
        {
            var roles = sp.GetRequiredService<IRoleAppService>();
            var users = sp.GetRequiredService<IUserAppService>();
            var role = await roles.CreateAsync(new SaveRoleInput { Name = "Scheduler" });
            await roles.SetPermissionsAsync(role.Id, role.Version,
            [
                ReportingPermissions.Reports.Default, ReportingPermissions.Schedules.Default, ReportingPermissions.Schedules.Manage,
                IdentityPermissions.AuditLog.Default, QualityPolicyPermissions.Kpis.Default,
            ]);
            foreach (var (user, unit) in new[] { ("dean.sitis", "SITIS"), ("teacher3", "SEM") })
            {
                var u = (await users.GetListAsync(new UserListInput { Search = user })).Items.Single(x => x.UserName == user);
                await users.AssignAsync(u.Id, role.Id, Id(unit));
            }
        });
        return Id;
    }

    private static Task<ReportScheduleDto> CreateAsync(TestApp app, string userName, string reportKey = "Kernel.AuditLog", Dictionary<string,
        string?>? parameters = null) =>
        app.AsAsync(userName, sp => sp.GetRequiredService<IReportScheduleAppService>().CreateAsync(new SaveScheduleInput
        {
            ReportKey = reportKey, Cron = "0 0 8 * * ?", TimeZone = "Asia/Almaty", Format = ReportFormat.Csv, Culture = "kk",
            Parameters = parameters ?? new() { ["maxRows"] = "10" },
        }));

    private static Task<List<Guid>> ListAsync(TestApp app, string userName) =>
        app.AsAsync(userName, async sp => (await sp.GetRequiredService<IReportScheduleAppService>().GetListAsync()).Select(s => s.Id).ToList());

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Schedules_Should_BeFiledUnderOwnersSchoolAndListedInScope_When_DeansCreateThem(string provider)
    {
        await using var app = await StartAsync(provider);
        var id = await ArrangeAsync(app);

        var sitis = await CreateAsync(app, "dean.sitis");
        var sem = await CreateAsync(app, "teacher3");
        var university = await CreateAsync(app, "admin");

        sitis.UnitId.ShouldBe(id("SITIS"));
        sem.UnitId.ShouldBe(id("SEM"));
        university.UnitId.ShouldBeNull();
        (await ListAsync(app, "dean.sitis")).ShouldBe([sitis.Id]);
        (await ListAsync(app, "teacher3")).ShouldBe([sem.Id]);
        (await ListAsync(app, "admin")).ShouldBe([sitis.Id, sem.Id, university.Id], ignoreOrder: true);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Get_Should_AnswerNotFound_When_ScheduleBelongsToAnotherSchool(string provider)
    {
        await using var app = await StartAsync(provider);
        await ArrangeAsync(app);
        var sem = await CreateAsync(app, "teacher3");

        await Should.ThrowAsync<EntityNotFoundException>(() =>
            app.AsAsync("dean.sitis", sp => sp.GetRequiredService<IReportScheduleAppService>().GetAsync(sem.Id)));
        await Should.ThrowAsync<EntityNotFoundException>(() =>
            app.AsAsync("dean.sitis", sp => sp.GetRequiredService<IReportScheduleAppService>().DeleteAsync(sem.Id)));
        await Should.ThrowAsync<EntityNotFoundException>(() =>
            app.AsAsync("dean.sitis", sp => sp.GetRequiredService<IReportScheduleAppService>().UpdateAsync(sem.Id,
            new SaveScheduleInput { ReportKey = "Kernel.AuditLog", Cron = "0 0 9 * * ?", TimeZone = "Asia/Almaty", Format = ReportFormat.Csv,
                Culture = "kk", Version = sem.Version })));
        (await app.AsAsync("admin", sp => sp.GetRequiredService<IReportScheduleAppService>().GetAsync(sem.Id))).Id.ShouldBe(sem.Id);
        (await app.QueryAsync(s => s.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM rp_schedules WHERE id = @id", new { id = sem.Id }))).ShouldBe(1);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Create_Should_FileScheduleUnderUnitParameter_When_ReportHasOne(string provider)
    {
        await using var app = await StartAsync(provider);
        var id = await ArrangeAsync(app);

        var cs = await CreateAsync(app, "dean.sitis", "QualityPolicy.Kpis", new() { ["unit"] = id("SITIS-CS").ToString() });

        cs.UnitId.ShouldBe(id("SITIS-CS"));
        (await ListAsync(app, "dean.sitis")).ShouldBe([cs.Id]);
        (await ListAsync(app, "teacher3")).ShouldBeEmpty();
        await Should.ThrowAsync<ValidationException>(() =>
            CreateAsync(app, "dean.sitis", "QualityPolicy.Kpis", new() { ["unit"] = id("SEM").ToString() }));
    }
}
