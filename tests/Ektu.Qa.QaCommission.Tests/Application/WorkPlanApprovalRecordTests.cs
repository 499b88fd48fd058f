using Ektu.Qa.Identity.Roles;
using Ektu.Qa.Identity.Users;
using Ektu.Qa.QaCommission.Plans;
using Ektu.Qa.TestKit;
using Ektu.Qa.Workflow.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.QaCommission.Tests.Application;

/// <summary>
/// The work plan approval's tasks show the plan (year, school, status,
/// lines, its Excel export) from this module; the School Council, which reads no commissions, still reads what it decides.
/// </summary>
public sealed class WorkPlanApprovalRecordTests
{
    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Inbox_Should_ShowThePlan_When_QaCommissionOwnsTheProcess(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var council = await CouncilSecretaryAsync(app);
        var c = await app.CreateCommissionAsync(await app.UnitAsync("SITIS"));
        var plan = await app.AsAsync("dean.sitis", sp => Plans(sp).CreatePlanAsync(c.Id, 2026));
        plan = await app.AsAsync("dean.sitis", sp => Plans(sp).AddItemAsync(plan.Id, new SaveWorkPlanItemInput
        {
            Title = "Monitoring of the programmes", Responsible = "Chair", DueOn = new DateOnly(2026, 9, 30), Version = plan.Version,
        }));
        await app.AsAsync("dean.sitis", sp => Plans(sp).SubmitForApprovalAsync(plan.Id, plan.Version));

        var task =
            (await app.AsAsync(council, async sp => (await sp.GetRequiredService<ITaskAppService>().GetInboxAsync(TaskFilter.Available)).Items))
            .Single(t => t.BusinessKey == "qc-work-plan:" + plan.Id);
        task.RecordTitle.ShouldBe("Work plan 2026–2027");
        task.RecordUnit.ShouldNotBeNullOrEmpty();
        var councilCard =
            (await app.AsAsync(council, sp => sp.GetRequiredService<ITaskAppService>().GetRecordAsync(task.Id))).Record.ShouldNotBeNull();
        councilCard.Edition.ShouldBe("On approval · Lines: 1");
        councilCard.Url.ShouldBeNull(); // the School Council cannot open the commission's pages: no link it would be refused

        // The quality office reads commissions: its card names the school (its links are generated from the host's endpoints).
        var officer = (await app.AsAsync("aqd", sp => sp.GetRequiredService<ITaskAppService>().GetRecordAsync(task.Id))).Record.ShouldNotBeNull();
        officer.Title.ShouldBe("Work plan 2026–2027 — " + c.SchoolName);
        officer.UnitName.ShouldBe(c.SchoolName);
    }

    private static IPlanAppService Plans(IServiceProvider sp) => sp.GetRequiredService<IPlanAppService>();

    private static async Task<string> CouncilSecretaryAsync(TestApp app)
    {
        var sitis = await app.UnitAsync("SITIS");
        var name = "council." + Guid.NewGuid().ToString("N")[..6];
        await app.AsAsync("admin", async sp =>
        {
            var roles = (await sp.GetRequiredService<IRoleAppService>().GetListAsync()).ToDictionary(r => r.Name, r => r.Id);
            var users = sp.GetRequiredService<IUserAppService>();
            var u = await users.CreateAsync(new SaveUserInput { UserName = name, FullName = "School Council secretary", Password = "Admin123!x" });
            await users.AssignAsync(u.Id, roles["SchoolCouncil"], sitis);
        });
        return name;
    }
}
