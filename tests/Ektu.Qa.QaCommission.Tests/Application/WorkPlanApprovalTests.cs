using Ektu.Qa.Identity.Roles;
using Ektu.Qa.Identity.Users;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.QaCommission.Plans;
using Ektu.Qa.TestKit;
using Ektu.Qa.Workflow.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.QaCommission.Tests.Application;

/// <summary>
/// 004 §7.1: the annual work plan goes through the shipped <c>qc-work-plan-approval</c> process — School Council,
/// dean, Academic Quality Department, Academic Council — completed from the inboxes of users holding those roles.
/// </summary>
public sealed class WorkPlanApprovalTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task SubmitForApproval_Should_ApprovePlanWithDate_When_EveryLevelApproves(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var (council, academic) = await ApproversAsync(app);
        var plan = await DraftPlanAsync(app);

        var submitted = await app.AsAsync("dean.sitis", sp => Plans(sp).SubmitForApprovalAsync(plan.Id, plan.Version));
        submitted.Status.ShouldBe(WorkPlanStatus.OnApproval);
        submitted.ApprovalInstanceId.ShouldNotBeNull();
        var again = await Should.ThrowAsync<QaException>(() =>
            app.AsAsync("dean.sitis", sp => Plans(sp).SubmitForApprovalAsync(plan.Id, submitted.Version)));
        (again.Code, again.Status).ShouldBe((WorkPlanErrorCodes.ApprovalRunning, 409));
        var manual = await Should.ThrowAsync<QaException>(() =>
            app.AsAsync("dean.sitis", sp => Plans(sp).SetStatusAsync(plan.Id, WorkPlanStatus.Approved, new DateOnly(2026, 3, 1), submitted.Version)));
        manual.Code.ShouldBe(WorkPlanErrorCodes.ApprovalRunning);

        (await Inbox(app, "dean.sitis")).ShouldNotContain(t => t.BusinessKey == "qc-work-plan:" + plan.Id); // the School Council decides first
        await CompleteAsync(app, council, plan.Id, "Task_SchoolCouncil", "approve");
        await CompleteAsync(app, "dean.sitis", plan.Id, "Task_Dean", "approve");
        await CompleteAsync(app, "aqd", plan.Id, "Task_Aqd", "approve");
        (await PlanAsync(app, plan.CommissionId, plan.Id)).Status.ShouldBe(WorkPlanStatus.OnApproval);
        app.Clock.UtcNow = new DateTime(2026, 3, 10, 5, 0, 0, DateTimeKind.Utc);
        await CompleteAsync(app, academic, plan.Id, "Task_AcademicCouncil", "approve");

        var approved = await PlanAsync(app, plan.CommissionId, plan.Id);
        approved.Status.ShouldBe(WorkPlanStatus.Approved);
        approved.ApprovedOn.ShouldBe(new DateOnly(2026, 3, 10));
        approved.ApprovalInstanceId.ShouldBe(submitted.ApprovalInstanceId);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task SubmitForApproval_Should_ReturnPlanToDraftWithComment_When_DeanReturnsIt(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var (council, _) = await ApproversAsync(app);
        var plan = await DraftPlanAsync(app);
        var first = await app.AsAsync("dean.sitis", sp => Plans(sp).SubmitForApprovalAsync(plan.Id, plan.Version));
        await CompleteAsync(app, council, plan.Id, "Task_SchoolCouncil", "approve");
        await CompleteAsync(app, "dean.sitis", plan.Id, "Task_Dean", "revise", "Add the monitoring of the new programmes");

        var returned = await PlanAsync(app, plan.CommissionId, plan.Id);
        returned.Status.ShouldBe(WorkPlanStatus.Draft);
        returned.ReturnComment.ShouldBe("Add the monitoring of the new programmes");
        (await Inbox(app, "aqd")).ShouldNotContain(t => t.BusinessKey == "qc-work-plan:" + plan.Id);

        // Revised and sent again: a new instance, the comment cleared.
        var revised = await app.AsAsync("dean.sitis", sp => Plans(sp).AddItemAsync(plan.Id, new SaveWorkPlanItemInput
        { Title = "Monitoring of 6B06105", Responsible = "Secretary", DueOn = new DateOnly(2026, 11, 30), Version = returned.Version }));
        var second = await app.AsAsync("dean.sitis", sp => Plans(sp).SubmitForApprovalAsync(plan.Id, revised.Version));
        second.Status.ShouldBe(WorkPlanStatus.OnApproval);
        second.ApprovalInstanceId.ShouldNotBe(first.ApprovalInstanceId);
        second.ReturnComment.ShouldBeNull();
        second.Items.Count.ShouldBe(2);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task SubmitForApproval_Should_MarkPlanRejected_When_AcademicQualityDepartmentRejects(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var (council, _) = await ApproversAsync(app);
        var plan = await DraftPlanAsync(app);
        await app.AsAsync("dean.sitis", sp => Plans(sp).SubmitForApprovalAsync(plan.Id, plan.Version));
        await CompleteAsync(app, council, plan.Id, "Task_SchoolCouncil", "approve");
        await CompleteAsync(app, "dean.sitis", plan.Id, "Task_Dean", "approve");
        await CompleteAsync(app, "aqd", plan.Id, "Task_Aqd", "reject", "Not aligned with the IQAS instruments");

        var rejected = await PlanAsync(app, plan.CommissionId, plan.Id);
        rejected.Status.ShouldBe(WorkPlanStatus.Rejected);
        rejected.ApprovedOn.ShouldBeNull();
        rejected.ReturnComment.ShouldBe("Not aligned with the IQAS instruments");
        var e = await Should.ThrowAsync<QaException>(() =>
            app.AsAsync("dean.sitis", sp => Plans(sp).SubmitForApprovalAsync(plan.Id, rejected.Version)));
        e.Code.ShouldBe(QaCommissionErrorCodes.InvalidTransition);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task SubmitForApproval_Should_StartNothing_When_PlanEmptyStaleOrForeign(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var c = await app.CreateCommissionAsync(await app.UnitAsync("SITIS"));
        var empty = await app.AsAsync("dean.sitis", sp => Plans(sp).CreatePlanAsync(c.Id, 2026));
        var e = await Should.ThrowAsync<QaException>(() =>
            app.AsAsync("dean.sitis", sp => Plans(sp).SubmitForApprovalAsync(empty.Id, empty.Version)));
        (e.Code, e.Status).ShouldBe((WorkPlanErrorCodes.PlanEmpty, 409));

        var plan = await app.AsAsync("dean.sitis", sp => Plans(sp).AddItemAsync(empty.Id, Item(empty.Version)));
        await Should.ThrowAsync<ConcurrencyConflictException>(() =>
            app.AsAsync("dean.sitis", sp => Plans(sp).SubmitForApprovalAsync(plan.Id, empty.Version)));
        await Should.ThrowAsync<EntityNotFoundException>(() =>
            app.AsAsync("teacher3", sp => Plans(sp).SubmitForApprovalAsync(plan.Id, plan.Version)));
        (await PlanAsync(app, c.Id, plan.Id)).Status.ShouldBe(WorkPlanStatus.Draft);
        (await Inbox(app, "aqd")).ShouldNotContain(t => t.BusinessKey == "qc-work-plan:" + plan.Id);
    }

    private static IPlanAppService Plans(IServiceProvider sp) => sp.GetRequiredService<IPlanAppService>();

    private static SaveWorkPlanItemInput Item(int version) => new()
    {
        Title = "Calendar plan of monitoring of the school's programmes", Responsible = "Chair of the commission",
            DueOn = new DateOnly(2026, 9, 30), Version = version,
    };

    private static async Task<WorkPlanDto> DraftPlanAsync(TestApp app)
    {
        var c = await app.CreateCommissionAsync(await app.UnitAsync("SITIS"));
        var plan = await app.AsAsync("dean.sitis", sp => Plans(sp).CreatePlanAsync(c.Id, 2026));
        return await app.AsAsync("dean.sitis", sp => Plans(sp).AddItemAsync(plan.Id, Item(plan.Version)));
    }

    private static async Task<WorkPlanDto> PlanAsync(TestApp app, Guid commissionId, Guid planId) =>
        (await app.AsAsync("dean.sitis", sp => Plans(sp).GetPlansAsync(commissionId))).Single(p => p.Id == planId);

    /// <summary>The School Council's secretary (role held in SITIS) and the Academic Council's (held at the university).</summary>
    private static async Task<(string Council, string Academic)> ApproversAsync(TestApp app)
    {
        var sitis = await app.UnitAsync("SITIS");
        var root = await app.UnitAsync("EKTU");
        var council = "council." + Guid.NewGuid().ToString("N")[..6];
        var academic = "academic." + Guid.NewGuid().ToString("N")[..6];
        await app.AsAsync("admin", async sp =>
        {
            var roles = (await sp.GetRequiredService<IRoleAppService>().GetListAsync()).ToDictionary(r => r.Name, r => r.Id);
            var users = sp.GetRequiredService<IUserAppService>();
            var c = await users.CreateAsync(new SaveUserInput { UserName = council, FullName = "School Council secretary", Password = "Admin123!x" });
            await users.AssignAsync(c.Id, roles["SchoolCouncil"], sitis);
            var a = await users.CreateAsync(new SaveUserInput { UserName = academic,
                FullName = "Academic Council secretary", Password = "Admin123!x" });
            await users.AssignAsync(a.Id, roles["AcademicCouncil"], root);
        });
        return (council, academic);
    }

    private static Task<IReadOnlyList<WorkflowTaskDto>> Inbox(TestApp app, string user) =>
        app.AsAsync(user, async sp => (await sp.GetRequiredService<ITaskAppService>().GetInboxAsync(TaskFilter.Available)).Items);

    private static async Task CompleteAsync(TestApp app, string user, Guid planId, string element, string outcome, string? comment = null)
    {
        var task = (await Inbox(app, user)).Single(t => t.ElementId == element && t.BusinessKey == "qc-work-plan:" + planId);
        await app.AsAsync(user, sp => sp.GetRequiredService<ITaskAppService>()
            .CompleteAsync(task.Id, new CompleteTaskInput { Outcome = outcome, Comment = comment, Version = task.Version }));
    }
}
