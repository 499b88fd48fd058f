using Ektu.Qa.ExternalAccreditation.Accreditations;
using Ektu.Qa.ExternalAccreditation.Agencies;
using Ektu.Qa.ExternalAccreditation.Assessments;
using Ektu.Qa.ExternalAccreditation.Tests.Application;
using Ektu.Qa.Improvement.Capa;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.ProgrammeMonitoring.Programmes;
using Ektu.Qa.TestKit;
using Ektu.Qa.Workflow.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.ExternalAccreditation.Tests.Assessments;

/// <summary>
/// The shipped <c>ea-external-assessment</c> process end to end on a real database: every step done from the assessment's
/// page, the decision written on the accreditation the procedure opened, the improvement plan raised as CAPA items.
/// </summary>
public sealed class AssessmentProcessTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static IAssessmentAppService Service(IServiceProvider sp) => sp.GetRequiredService<IAssessmentAppService>();

    [Theory, MemberData(nameof(Providers))]
    public async Task Procedure_Should_RecordAConditionalDecisionWithFollowUpAndRaiseThePlanInCapa_When_EveryStepIsDone(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var a = await StartSitisAsync(app, "ASIIN");
        var details = await Get(app, a.Id);
        details.Current!.ElementId.ShouldBe(AssessmentProcess.DecideStep);
        (await AccreditationAsync(app, a.AccreditationId)).Status.ShouldBe(AccreditationStatus.InProcedure);

        await StepAsync(app, a.Id, undergo: true);
        // The order step is due 14 days after it opened: due that day it is not overdue, the day after it is.
        var order = (await Get(app, a.Id)).Current!;
        order.ElementId.ShouldBe("Task_IssueOrder");
        order.DueAt.ShouldBe(app.Clock.UtcNow.AddDays(14));
        app.Clock.UtcNow = order.DueAt!.Value.AddHours(10);
        (await Get(app, a.Id)).Current!.IsOverdue.ShouldBeFalse();
        app.Clock.UtcNow = order.DueAt!.Value.AddDays(1);
        (await Get(app, a.Id)).Current!.IsOverdue.ShouldBeTrue();
        await StepAsync(app, a.Id, comment: "Order No. 15");
        foreach (var _ in Enumerable.Range(0, 4)) await StepAsync(app, a.Id);
        (await Get(app, a.Id)).Current!.ElementId.ShouldBe(AssessmentProcess.DecisionStep);

        var decided = new DateOnly(2026, 3, 10);
        var missing = await Should.ThrowAsync<ValidationException>(() => DecideAsync(app, a.Id, AccreditationDecision.Conditional, decided,
            decided, decided.AddYears(3), followUp: null, conditions: "Standard 5"));
        missing.Errors.Keys.ShouldContain(nameof(RecordDecisionInput.FollowUpDueOn));
        await DecideAsync(app, a.Id, AccreditationDecision.Conditional, decided, decided, decided.AddYears(3), decided.AddYears(1), "Standard 5");

        var accreditation = await AccreditationAsync(app, a.AccreditationId);
        (accreditation.Decision, accreditation.FollowUpDueOn, accreditation.ValidTo)
            .ShouldBe((AccreditationDecision.Conditional, (DateOnly?)decided.AddYears(1), (DateOnly?)decided.AddYears(3)));
        var reports = (await app.AsAsync("aqd", sp => sp.GetRequiredService<IAccreditationAppService>().GetAsync(a.AccreditationId))).Reports;
        reports.ShouldContain(r => r.Kind == MonitoringReportKind.FollowUp && r.DueOn == decided.AddYears(1));
        details = await Get(app, a.Id);
        (details.Assessment.State, details.Current!.ElementId).ShouldBe((AssessmentState.Decided, AssessmentProcess.PlanStep));

        // A conditional decision's plan cannot close empty; its item is a CAPA item linked back to the assessment.
        (await Should.ThrowAsync<ValidationException>(() => StepAsync(app, a.Id))).Errors.Keys.ShouldContain("Plan");
        var item = await AddItemAsync(app, a.Id);
        var capa = await app.AsAsync("aqd", sp => sp.GetRequiredService<ICapaIntegrationService>()
            .GetBySourceAsync(AssessmentProcess.CapaSource, a.Id));
        capa.Single().Id.ShouldBe(item.CapaItemId);
        capa.Single().State.ShouldBe(CapaState.Open);
        await StepAsync(app, a.Id);
        await StepAsync(app, a.Id);

        details = await Get(app, a.Id);
        (details.Assessment.State, details.Current).ShouldBe((AssessmentState.Completed, (AssessmentStepDto?)null));
        details.Plan.Single().Problem.ShouldBe("Employers are not involved");
        details.Steps.Count(s => s.CompletedAt != null).ShouldBe(AssessmentProcess.Steps.Count);
        await Should.ThrowAsync<QaException>(() => AddItemAsync(app, a.Id));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Procedure_Should_LeaveNoValidAccreditationAndSkipMonitoring_When_TheAgencyDenies(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var a = await StartSitisAsync(app, "ASIIN");
        await StepAsync(app, a.Id, undergo: true);
        foreach (var _ in Enumerable.Range(0, 5)) await StepAsync(app, a.Id);
        var decided = new DateOnly(2026, 3, 1);
        // Denied takes no validity: the same rule as the accreditation form.
        var withDates = await Should.ThrowAsync<ValidationException>(() => DecideAsync(app, a.Id, AccreditationDecision.Denied, decided,
            decided, decided.AddYears(5), null, null));
        withDates.Errors.Keys.ShouldContain(nameof(RecordDecisionInput.ValidFrom));
        await DecideAsync(app, a.Id, AccreditationDecision.Denied, decided, null, null, null, null);

        var accreditation = await AccreditationAsync(app, a.AccreditationId);
        (accreditation.Decision, accreditation.Status, accreditation.ValidFrom).ShouldBe((AccreditationDecision.Denied, AccreditationStatus.Denied,
            (DateOnly?)null));
        AccreditationRules.IsValidOn(accreditation, app.Clock.UtcNow is var now ? DateOnly.FromDateTime(now) : default).ShouldBeFalse();
        await AddItemAsync(app, a.Id);
        await StepAsync(app, a.Id);
        var details = await Get(app, a.Id);
        (details.Assessment.State, details.Assessment.Decision).ShouldBe((AssessmentState.Completed, AccreditationDecision.Denied));
        details.Steps.Single(s => s.ElementId == "Task_PostMonitoring").OpenedAt.ShouldBeNull();
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Start_Should_KeepTheCurrentAccreditationValidAsOneState_When_ItRenewsOne(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var root = await app.UnitAsync("EKTU");
        var accreditations = await app.AsAsync("aqd", sp => sp.GetRequiredService<IAccreditationAppService>()
            .GetListAsync(new AccreditationFilter { Kind = AccreditationKind.Institutional }));
        var current = accreditations.Single(x => x.Status == AccreditationStatus.Valid);
        var input = new StartAssessmentInput
        {
            UnitId = root, Title = "Institutional re-accreditation", AgencyId = current.AgencyId, Kind = AccreditationKind.Institutional,
        };
        var overlap = await Should.ThrowAsync<QaException>(() => app.AsAsync("aqd", sp => Service(sp).StartAsync(input)));
        (overlap.Code, overlap.Status).ShouldBe((AccreditationErrorCodes.Overlap, 409));

        input.RenewalOfId = current.Id;
        var a = await app.AsAsync("aqd", sp => Service(sp).StartAsync(input));
        (await AccreditationAsync(app, current.Id)).Status.ShouldBe(AccreditationStatus.RenewalInProgress);
        (await AccreditationAsync(app, a.AccreditationId)).Status.ShouldBe(AccreditationStatus.InProcedure);

        // Not undertaken: the procedure is withdrawn with its pending record, and the current one is simply valid again.
        await StepAsync(app, a.Id, undergo: false, comment: "Not this year");
        (await Get(app, a.Id)).Assessment.State.ShouldBe(AssessmentState.Withdrawn);
        (await AccreditationAsync(app, current.Id)).Status.ShouldBe(AccreditationStatus.Valid);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Procedures_Should_KeepToPermissionAndScope_When_ReadOrStarted(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var demo = await StartSitisAsync(app, "ASIIN");
        await StepAsync(app, demo.Id, undergo: true);
        demo = (await app.AsAsync("aqd", sp => Service(sp).GetListAsync())).Single(x => x.Id == demo.Id);
        var details = await Get(app, demo.Id);
        details.Current!.ElementId.ShouldBe("Task_IssueOrder");
        details.Steps.Take(1).ShouldAllBe(s => s.CompletedAt != null);
        (await Should.ThrowAsync<QaException>(() => app.AsAsync("dean.sitis", sp => Service(sp).GetListAsync()))).Status.ShouldBe(403);
        await Should.ThrowAsync<EntityNotFoundException>(() => app.AsAsync("aqd", sp => Service(sp).GetAsync(Guid.NewGuid())));
        var stale = await Should.ThrowAsync<QaException>(() => app.AsAsync("aqd", sp => Service(sp).CompleteStepAsync(demo.Id,
            new CompleteStepInput { TaskId = details.Current.TaskId!.Value, Version = demo.Version - 1 })));
        stale.Status.ShouldBe(409);
        var blank = await Should.ThrowAsync<ValidationException>(() => app.AsAsync("aqd", sp => Service(sp).StartAsync(new StartAssessmentInput())));
        blank.Errors.Keys.ShouldContain(nameof(StartAssessmentInput.Title));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Demo_Should_WaitAtTheSelfAssessmentInTheDeansInboxOnce_When_SeededAgain(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, configure: b => b.Configuration["Database:SeedDemoProcesses"] = "true");
        await DataSeeder.SeedAsync(app.Services, demo: true);

        var demo = (await app.AsAsync("aqd", sp => Service(sp).GetListAsync())).Single();
        (demo.UnitId, demo.Title, demo.State, demo.RenewalOfId != null).ShouldBe((await app.UnitAsync("SITIS"), AssessmentDemoSeeder.Title,
            AssessmentState.InProgress, true));
        var details = await Get(app, demo.Id);
        details.Current!.ElementId.ShouldBe("Task_SelfAssessment");
        details.Steps.Where(s => s.CompletedAt != null).Select(s => s.ElementId).ShouldBe(AssessmentDemoSeeder.DoneSteps);
        (await AccreditationAsync(app, demo.AccreditationId)).Status.ShouldBe(AccreditationStatus.InProcedure);
        var inbox = await app.AsAsync("dean.sitis", sp => sp.GetRequiredService<ITaskAppService>().GetInboxAsync(TaskFilter.Available));
        inbox.Items.ShouldContain(t => t.Id == details.Current.TaskId && t.BusinessKey == AssessmentRules.BusinessKey(demo.Id));
    }

    internal static async Task<AssessmentDto> StartSitisAsync(TestApp app, string agencyCode)
    {
        var sitis = await app.UnitAsync("SITIS");
        var agency = (await app.AsAsync("aqd", sp => sp.GetRequiredService<IAgencyAppService>().GetListAsync())).Single(x => x.Code == agencyCode);
        var programme = (await app.AsAsync("aqd", sp => sp.GetRequiredService<IProgrammeIntegrationService>().GetProgrammesAsync()))
            .First(p => p.SchoolId == sitis);
        return await app.AsAsync("aqd", sp => Service(sp).StartAsync(new StartAssessmentInput
        {
            UnitId = sitis, Title = "ASIIN accreditation", AgencyId = agency.Id, Kind = AccreditationKind.Specialised,
            Reach = AccreditationReach.International, ProgrammeIds = [programme.Id],
        }));
    }

    private static Task<AssessmentDetailsDto> Get(TestApp app, Guid id) => app.AsAsync("aqd", sp => Service(sp).GetAsync(id));

    private static async Task<AccreditationDto> AccreditationAsync(TestApp app, Guid id) =>
        (await app.AsAsync("aqd", sp => sp.GetRequiredService<IAccreditationAppService>().GetAsync(id))).Accreditation;

    internal static async Task StepAsync(TestApp app, Guid id, bool? undergo = null, string? comment = null)
    {
        var d = await Get(app, id);
        await app.AsAsync("aqd", sp => Service(sp).CompleteStepAsync(id, new CompleteStepInput
        {
            TaskId = d.Current!.TaskId!.Value, Undergo = undergo, Comment = comment, Version = d.Assessment.Version,
        }));
    }

    internal static async Task DecideAsync(TestApp app, Guid id, AccreditationDecision decision, DateOnly decidedOn, DateOnly? from,
        DateOnly? to, DateOnly? followUp, string? conditions)
    {
        var d = await Get(app, id);
        await app.AsAsync("aqd", sp => Service(sp).RecordDecisionAsync(id, new RecordDecisionInput
        {
            TaskId = d.Current!.TaskId!.Value, Decision = decision, DecidedOn = decidedOn, ValidFrom = from, ValidTo = to, FollowUpDueOn = followUp,
            Conditions = conditions, Version = d.Assessment.Version,
        }));
    }

    private static Task<AssessmentPlanItemDto> AddItemAsync(TestApp app, Guid id) => app.AsAsync("aqd", async sp => await Service(sp)
        .AddPlanItemAsync(id, new AddPlanItemInput
        {
            Problem = "Employers are not involved", CorrectiveAction = "Invite employers to the final attestation",
            OwnerUserId = (await sp.GetRequiredService<Identity.IIdentityIntegrationService>().GetUsersByNameAsync(["aqd"])).Single().Id,
            Deadline = new DateOnly(2026, 9, 1),
        }));
}
