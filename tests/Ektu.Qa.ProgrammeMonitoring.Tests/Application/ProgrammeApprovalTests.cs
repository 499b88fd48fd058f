using Ektu.Qa.Identity.Roles;
using Ektu.Qa.Identity.Users;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.ProgrammeMonitoring.Approval;
using Ektu.Qa.ProgrammeMonitoring.Programmes;
using Ektu.Qa.TestKit;
using Ektu.Qa.Workflow;
using Ektu.Qa.Workflow.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.ProgrammeMonitoring.Tests.Application;

/// <summary>
/// Standards 2 and 9: a version goes through the shipped <c>pm-programme-approval</c> process — department, БББК, School
/// Council, Academic Council — decided from the inboxes of users holding those roles; the author never decides a level.
/// </summary>
public sealed class ProgrammeApprovalTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task Submit_Should_ApproveAndFreezeVersion_When_EveryLevelApproves(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var levels = await ApproversAsync(app);
        var p = await app.CreateAsync("dean.sitis");
        var id = p.Programme.Id;

        var run = await app.AsAsync("dean.sitis", sp => Approvals(sp).SubmitAsync(id, 1));
        run.Outcome.ShouldBe(ApprovalOutcome.Running);
        (await app.AsAsync("aqd", sp => Steps.Programmes(sp).GetAsync(id))).Programme.Status.ShouldBe(ProgrammeStatus.InApproval);
        var again = await Should.ThrowAsync<QaException>(() => app.AsAsync("dean.sitis", sp => Approvals(sp).SubmitAsync(id, 1)));
        (again.Code, again.Status).ShouldBe((ApprovalErrorCodes.Running, 409));

        await CompleteAsync(app, "head.cs", run.Id, "Task_Department", "approve");
        await CompleteAsync(app, levels.Committee, run.Id, "Task_ProgrammesCommittee", "approve");
        await CompleteAsync(app, levels.Council, run.Id, "Task_SchoolCouncil", "approve");
        (await app.AsAsync("aqd", sp => Steps.Programmes(sp).GetAsync(id))).Programme.Status.ShouldBe(ProgrammeStatus.InApproval);
        await CompleteAsync(app, levels.Academic, run.Id, "Task_AcademicCouncil", "approve");

        var after = await app.AsAsync("aqd", sp => Steps.Programmes(sp).GetAsync(id));
        after.Programme.Status.ShouldBe(ProgrammeStatus.Approved);
        after.Programme.ApprovedNumber.ShouldBe(1);
        after.Versions.Single().State.ShouldBe(VersionState.Approved);
        after.Versions.Single().ApprovedBy.ShouldBe(levels.Academic);
        var runs = await app.AsAsync("aqd", sp => Approvals(sp).GetListAsync(id));
        runs.Single().Outcome.ShouldBe(ApprovalOutcome.Approved);
        runs.Single().DecidedBy.ShouldBe(levels.Academic);
        // An approved version cannot change, by hand or by a new submission.
        var frozen = await Should.ThrowAsync<QaException>(() => app.ReviseAsync(id, 1, c => c with { Credits = 250 }));
        frozen.Code.ShouldBe(ProgrammeErrorCodes.VersionFrozen);
        (await Should.ThrowAsync<QaException>(() => app.AsAsync("dean.sitis", sp => Approvals(sp).SubmitAsync(id, 1))))
            .Code.ShouldBe(ProgrammeErrorCodes.VersionFrozen);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Return_Should_CreateNewOpenVersionWithCommentAndDraft_When_CommitteeReturns(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var levels = await ApproversAsync(app);
        var id = (await app.CreateAsync("dean.sitis")).Programme.Id;
        var run = await app.AsAsync("dean.sitis", sp => Approvals(sp).SubmitAsync(id, 1));
        await CompleteAsync(app, "head.cs", run.Id, "Task_Department", "approve");

        await CompleteAsync(app, levels.Committee, run.Id, "Task_ProgrammesCommittee", "revise", "Map outcome 4 to a course");

        var after = await app.AsAsync("aqd", sp => Steps.Programmes(sp).GetAsync(id));
        after.Programme.Status.ShouldBe(ProgrammeStatus.Draft);
        after.Versions.Select(v => (v.Number, v.State)).ShouldBe([(2, VersionState.Open), (1, VersionState.Replaced)]);
        after.Latest.Note.ShouldBe("Map outcome 4 to a course");
        after.Latest.ParentNumber.ShouldBe(1);
        var returned = (await app.AsAsync("aqd", sp => Approvals(sp).GetListAsync(id))).Single();
        (returned.Outcome, returned.Comment, returned.NewNumber).ShouldBe((ApprovalOutcome.Returned, "Map outcome 4 to a course", (int?)2));
        (await Inbox(app, levels.Council)).ShouldNotContain(t => t.BusinessKey == ProgrammeApprovalAppService.BusinessKey(run.Id));

        // The author revises the new version and sends it again: a new run starts at the department.
        var revised = await app.ReviseAsync(id, 2, c => c with { Credits = 244 });
        var second = await app.AsAsync("dean.sitis", sp => Approvals(sp).SubmitAsync(id, revised.Number));
        second.VersionNumber.ShouldBe(3);
        (await app.AsAsync("aqd", sp => Steps.Programmes(sp).GetAsync(id))).Programme.Status.ShouldBe(ProgrammeStatus.InApproval);
        (await Inbox(app, "head.cs")).ShouldContain(t => t.BusinessKey == ProgrammeApprovalAppService.BusinessKey(second.Id));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Submit_Should_NeverOfferALevelToTheAuthor_When_AuthorHoldsThatLevelsRole(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var other = await UserAsync(app, "HeadOfDepartment", "SITIS-CS");
        var id = (await app.CreateAsync("head.cs")).Programme.Id;
        var run = await app.AsAsync("head.cs", sp => Approvals(sp).SubmitAsync(id, 1));
        var key = ProgrammeApprovalAppService.BusinessKey(run.Id);

        (await Inbox(app, "head.cs")).ShouldNotContain(t => t.BusinessKey == key);
        var task = (await Inbox(app, other)).Single(t => t.BusinessKey == key);
        task.ElementId.ShouldBe("Task_Department");
        var refused = await Should.ThrowAsync<QaException>(() => app.AsAsync("head.cs", sp => Tasks(sp)
            .CompleteAsync(task.Id, new CompleteTaskInput { Outcome = "approve", Version = task.Version })));
        refused.Status.ShouldBeOneOf(403, 404); // the task is not theirs to see, let alone decide
        (await app.AsAsync("aqd", sp => Steps.Programmes(sp).GetAsync(id))).Programme.Status.ShouldBe(ProgrammeStatus.InApproval);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Revise_Should_Answer409_When_VersionIsUnderApproval(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var id = (await app.CreateAsync("dean.sitis")).Programme.Id;
        await app.AsAsync("dean.sitis", sp => Approvals(sp).SubmitAsync(id, 1));

        var revise = await Should.ThrowAsync<QaException>(() => app.ReviseAsync(id, 1, c => c with { Credits = 250 }));
        (revise.Code, revise.Status).ShouldBe((ApprovalErrorCodes.Running, 409));
        var approve = await Should.ThrowAsync<QaException>(() => app.AsAsync("aqd", sp => Steps.Programmes(sp).ApproveAsync(id, 1)));
        approve.Code.ShouldBe(ApprovalErrorCodes.Running);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Reject_Should_WithdrawVersionAndKeepComment_When_AcademicCouncilRejects(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var levels = await ApproversAsync(app);
        var id = (await app.CreateAsync("dean.sitis")).Programme.Id;
        var run = await app.AsAsync("dean.sitis", sp => Approvals(sp).SubmitAsync(id, 1));
        await CompleteAsync(app, "head.cs", run.Id, "Task_Department", "approve");
        await CompleteAsync(app, levels.Committee, run.Id, "Task_ProgrammesCommittee", "approve");
        await CompleteAsync(app, levels.Council, run.Id, "Task_SchoolCouncil", "approve");

        await CompleteAsync(app, levels.Academic, run.Id, "Task_AcademicCouncil", "reject", "Duplicates an existing programme");

        var after = await app.AsAsync("aqd", sp => Steps.Programmes(sp).GetAsync(id));
        after.Programme.Status.ShouldBe(ProgrammeStatus.Draft);
        after.Versions.Single().State.ShouldBe(VersionState.Withdrawn);
        var rejected = (await app.AsAsync("aqd", sp => Approvals(sp).GetListAsync(id))).Single();
        (rejected.Outcome, rejected.Comment).ShouldBe((ApprovalOutcome.Rejected, "Duplicates an existing programme"));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task RequestRegisterChange_Should_RecordDatedEventsInOrder_When_RegisterDecides(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var id = await app.ApprovedAsync();
        var early = await Should.ThrowAsync<QaException>(() =>
            app.AsAsync("aqd", sp => Approvals(sp).RequestRegisterChangeAsync(id, RegisterEventKind.Excluded)));
        (early.Code, early.Status).ShouldBe((ApprovalErrorCodes.RegisterChange, 409));

        app.Clock.UtcNow = new DateTime(2026, 9, 1, 5, 0, 0, DateTimeKind.Utc);
        var include = await app.AsAsync("aqd", sp => Approvals(sp).RequestRegisterChangeAsync(id, RegisterEventKind.Included));
        await CompleteAsync(app, "aqd", include.Id, "Task_Prepare", null);
        await CompleteAsync(app, "aqd", include.Id, "Task_RegisterDecision", "approve", "Order 12-ОП");
        app.Clock.UtcNow = new DateTime(2027, 2, 1, 5, 0, 0, DateTimeKind.Utc);
        var exclude = await app.AsAsync("aqd", sp => Approvals(sp).RequestRegisterChangeAsync(id, RegisterEventKind.Excluded));
        await CompleteAsync(app, "aqd", exclude.Id, "Task_Prepare", null);
        await CompleteAsync(app, "aqd", exclude.Id, "Task_RegisterDecision", "revise", "The order is missing");
        await CompleteAsync(app, "aqd", exclude.Id, "Task_Prepare", null);
        await CompleteAsync(app, "aqd", exclude.Id, "Task_RegisterDecision", "approve", "Order 31-ОП");

        var after = await app.AsAsync("aqd", sp => Steps.Programmes(sp).GetAsync(id));
        after.Programme.Status.ShouldBe(ProgrammeStatus.Closed);
        after.RegisterEvents.Select(e => (e.Kind, e.OccurredOn, e.Reference)).ShouldBe([
            (RegisterEventKind.Included, new DateOnly(2026, 9, 1), "Order 12-ОП"),
            (RegisterEventKind.Excluded, new DateOnly(2027, 2, 1), "Order 31-ОП")]);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task GetList_Should_Answer404_When_ProgrammeIsAnotherSchools(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var id = (await app.CreateAsync("dean.sitis")).Programme.Id;

        var hidden = await Should.ThrowAsync<QaException>(() => app.AsAsync("teacher3", sp => Approvals(sp).GetListAsync(id)));
        hidden.Status.ShouldBe(404);
        var submit = await Should.ThrowAsync<QaException>(() => app.AsAsync("teacher1", sp => Approvals(sp).SubmitAsync(id, 1)));
        submit.Status.ShouldBe(403);
    }

    private static IProgrammeApprovalAppService Approvals(IServiceProvider sp) => sp.GetRequiredService<IProgrammeApprovalAppService>();

    private static ITaskAppService Tasks(IServiceProvider sp) => sp.GetRequiredService<ITaskAppService>();

    /// <summary>The БББК's, the School Council's (roles held in SITIS) and the Academic Council's (held at the university) secretaries.</summary>
    private static async Task<(string Committee, string Council, string Academic)> ApproversAsync(TestApp app) =>
        (await UserAsync(app, "ProgrammesCommittee", "SITIS"), await UserAsync(app, "SchoolCouncil", "SITIS"),
            await UserAsync(app, "AcademicCouncil", "EKTU"));

    private static async Task<string> UserAsync(TestApp app, string role, string unitCode)
    {
        var unit = await app.UnitAsync(unitCode);
        var name = role.ToLowerInvariant() + "." + Guid.NewGuid().ToString("N")[..6];
        await app.AsAsync("admin", async sp =>
        {
            var roles = (await sp.GetRequiredService<IRoleAppService>().GetListAsync()).ToDictionary(r => r.Name, r => r.Id);
            var users = sp.GetRequiredService<IUserAppService>();
            var u = await users.CreateAsync(new SaveUserInput { UserName = name, FullName = role + " secretary", Password = "Admin123!x" });
            await users.AssignAsync(u.Id, roles[role], unit);
        });
        return name;
    }

    private static Task<IReadOnlyList<WorkflowTaskDto>> Inbox(TestApp app, string user) =>
        app.AsAsync(user, async sp => (await Tasks(sp).GetInboxAsync(TaskFilter.Available)).Items);

    private static async Task CompleteAsync(TestApp app, string user, Guid runId, string element, string? outcome, string? comment = null)
    {
        var task = (await Inbox(app, user)).Single(t => t.ElementId == element && t.BusinessKey == ProgrammeApprovalAppService.BusinessKey(runId));
        await app.AsAsync(user, sp => Tasks(sp)
            .CompleteAsync(task.Id, new CompleteTaskInput { Outcome = outcome, Comment = comment, Version = task.Version }));
    }
}
