using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Improvement.Appeals;
using Ektu.Qa.Improvement.Capa;
using Ektu.Qa.Improvement.Tests.Application;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Improvement.Tests.Appeals;

/// <summary>Appeals on a real database: routing and terms by level, escalation out of a handler's view, CAPA link, statistics.</summary>
public sealed class AppealAppServiceTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    // Monday 6 April 2026, 11:00 in Almaty.
    private static readonly DateTime April6 = new(2026, 4, 6, 6, 0, 0, DateTimeKind.Utc);

    private static IAppealAppService Appeals(IServiceProvider sp) => sp.GetRequiredService<IAppealAppService>();

    private static async Task<AppealDto> SubmitAsync(TestApp app, string unitCode = "SITIS-CS", AppealKind kind = AppealKind.Individual)
    {
        var unit = await app.UnitAsync(unitCode);
        return await app.AsAsync("teacher1", sp => Appeals(sp).SubmitAsync(new SubmitAppealInput
        {
            ApplicantKind = ApplicantKind.Staff, Kind = kind, Formality = AppealFormality.Formal, Subject = "Exam schedule",
            Text = "Two exams on one day", UnitId = unit,
        }));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task SubmitAsync_Should_RouteToDepartmentWithTenWorkingDays_When_AddressedToDepartment(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, now: April6);
        var a = await SubmitAsync(app);
        a.Level.ShouldBe(AppealLevel.Department);
        a.ReceivedOn.ShouldBe(new DateOnly(2026, 4, 6));
        a.DueOn.ShouldBe(new DateOnly(2026, 4, 20));
        a.Channel.ShouldBe(AppealChannel.Web);
        a.ApplicantUserId.ShouldBe(await app.UserIdAsync("teacher1"));

        app.Clock.UtcNow = new DateTime(2026, 4, 20, 6, 0, 0, DateTimeKind.Utc);
        (await app.AsAsync("head.cs", sp => Appeals(sp).GetAsync(a.Id))).Appeal.IsOverdue.ShouldBeFalse();
        app.Clock.UtcNow = new DateTime(2026, 4, 21, 6, 0, 0, DateTimeKind.Utc);
        (await app.AsAsync("head.cs", sp => Appeals(sp).GetListAsync(new AppealFilter { OverdueOnly = true }))).Single().Id.ShouldBe(a.Id);
        (await app.AsAsync("teacher1", sp => Appeals(sp).GetMineAsync())).Single().Id.ShouldBe(a.Id);
        await Should.ThrowAsync<EntityNotFoundException>(() => app.AsAsync("teacher3", sp => Appeals(sp).GetAsync(a.Id)));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task EscalateAsync_Should_ClimbLevelsWithNewTerms_When_LowerLevelCannotResolve(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, now: April6);
        var a = await SubmitAsync(app, kind: AppealKind.Systemic);
        var taken = await app.AsAsync("head.cs", sp => Appeals(sp).TakeAsync(a.Id, a.Version));
        taken.State.ShouldBe(AppealState.InReview);
        (await Should.ThrowAsync<QaException>(() => app.AsAsync("head.cs", sp => Appeals(sp).TakeAsync(a.Id, taken.Version))))
            .Code.ShouldBe(AppealErrorCodes.InvalidTransition);

        app.Clock.UtcNow = new DateTime(2026, 4, 13, 6, 0, 0, DateTimeKind.Utc);
        var school = await app.AsAsync("head.cs", sp => Appeals(sp).EscalateAsync(a.Id, "Timetable is set by the school", taken.Version));
        school.Level.ShouldBe(AppealLevel.School);
        school.UnitId.ShouldBe(await app.UnitAsync("SITIS"));
        school.State.ShouldBe(AppealState.Received);
        school.DueOn.ShouldBe(new DateOnly(2026, 5, 5)); // 15 working days from Monday 13 April; 1 May is a public holiday in the seeded calendar
        school.Escalations.ShouldBe(1);
        // Out of the department head's view once at the school.
        await Should.ThrowAsync<EntityNotFoundException>(() => app.AsAsync("head.cs", sp => Appeals(sp).GetAsync(a.Id)));

        var university = await app.AsAsync("dean.sitis", sp => Appeals(sp).EscalateAsync(a.Id, "Needs a university-wide rule", school.Version));
        university.Level.ShouldBe(AppealLevel.University);
        university.UnitId.ShouldBe(await app.UnitAsync("EKTU"));
        await Should.ThrowAsync<EntityNotFoundException>(() => app.AsAsync("dean.sitis", sp => Appeals(sp).GetAsync(a.Id)));
        (await Should.ThrowAsync<QaException>(() => app.AsAsync("aqd", sp => Appeals(sp).EscalateAsync(a.Id, "again", university.Version))))
            .Code.ShouldBe(AppealErrorCodes.TopLevel);

        await Should.ThrowAsync<ConcurrencyConflictException>(() => app.AsAsync("aqd", sp => Appeals(sp).ResolveAsync(a.Id, "x", school.Version)));
        var resolved = await app.AsAsync("aqd", sp => Appeals(sp).ResolveAsync(a.Id, "Exam timetable rule changed", university.Version));
        resolved.State.ShouldBe(AppealState.Resolved);
        var details = await app.AsAsync("aqd", sp => Appeals(sp).GetAsync(a.Id));
        details.Steps.Select(s => (s.Level, s.Outcome)).ShouldBe([
            (AppealLevel.Department, AppealStepOutcome.Escalated), (AppealLevel.School, AppealStepOutcome.Escalated), (AppealLevel.University,
                AppealStepOutcome.Resolved)]);
        (await Should.ThrowAsync<QaException>(() => app.AsAsync("aqd", sp => Appeals(sp).ResolveAsync(a.Id, "x", resolved.Version))))
            .Code.ShouldBe(AppealErrorCodes.Resolved);
        // The applicant follows the outcome.
        (await app.AsAsync("teacher1", sp => Appeals(sp).GetAsync(a.Id))).Appeal.Resolution.ShouldBe("Exam timetable rule changed");
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task CreateCapaAsync_Should_LinkCapaToAppeal_When_HandlerRaisesIt(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, now: April6);
        var a = await SubmitAsync(app);
        var owner = await app.UserIdAsync("head.cs");
        var item = await app.AsAsync("dean.sitis", sp => Appeals(sp).CreateCapaAsync(a.Id, new SaveCapaItemInput
        {
            Problem = "Exam clashes", CorrectiveAction = "Check the timetable for clashes", OwnerUserId = owner, Deadline = new DateOnly(2026, 5, 15),
        }));
        item.Source.ShouldBe(CapaSources.Appeal);
        item.SourceId.ShouldBe(a.Id);
        item.UnitId.ShouldBe(a.UnitId);
        (await app.AsAsync("dean.sitis", sp => Appeals(sp).GetAsync(a.Id))).Capa.Single().Id.ShouldBe(item.Id);
        // teacher1 applied but does not handle appeals: no CAPA raised by them.
        await Should.ThrowAsync<QaException>(() => app.AsAsync("teacher1", sp => Appeals(sp).CreateCapaAsync(a.Id, new SaveCapaItemInput())));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task GetStatisticsAsync_Should_CountByKindLevelState_When_PeriodGiven(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, now: April6);
        await SubmitAsync(app);
        await SubmitAsync(app, kind: AppealKind.Systemic);
        var sem = await SubmitAsync(app, "SEM-GEO");
        var school = await app.UnitAsync("SITIS");
        var oral = await app.AsAsync("dean.sitis", sp => Appeals(sp).RecordAsync(new SubmitAppealInput
        {
            ApplicantKind = ApplicantKind.Student, Kind = AppealKind.Individual, Formality = AppealFormality.Informal, Subject = "Grade",
            Text = "Told at reception",
            UnitId = school, ApplicantName = "Aruzhan S.", Channel = AppealChannel.Oral, ReceivedOn = new DateOnly(2026, 3, 20),
        }));
        oral.Level.ShouldBe(AppealLevel.School);
        oral.ApplicantUserId.ShouldBeNull();

        var dean = await app.AsAsync("dean.sitis", sp => Appeals(sp).GetStatisticsAsync(new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 30)));
        dean.Total.ShouldBe(2); // the oral one was received in March, SEM's is outside the dean's scope
        dean.ByKind[AppealKind.Systemic].ShouldBe(1);
        dean.ByLevel[AppealLevel.Department].ShouldBe(2);

        var all = await app.AsAsync("aqd", sp => Appeals(sp).GetStatisticsAsync(new DateOnly(2026, 3, 1), new DateOnly(2026, 4, 30)));
        all.Total.ShouldBe(4);
        all.ByLevel[AppealLevel.School].ShouldBe(1);
        all.ByChannel[AppealChannel.Oral].ShouldBe(1);
        all.ByFormality[AppealFormality.Informal].ShouldBe(1);
        all.ByState[AppealState.Received].ShouldBe(4);
        sem.Level.ShouldBe(AppealLevel.Department);

        var bad = await Should.ThrowAsync<ValidationException>(() => app.AsAsync("aqd", sp => Appeals(sp).GetStatisticsAsync(new DateOnly(2026, 4,
            30), new DateOnly(2026, 4, 1))));
        bad.Errors.Keys.ShouldContain("To");
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task GetReceivedAsync_Should_CountOverdueAsOfTheDay_When_ResolvedLater(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, now: April6);
        var a = await SubmitAsync(app);
        await SubmitAsync(app, "SEM");
        app.Clock.UtcNow = new DateTime(2026, 4, 22, 6, 0, 0, DateTimeKind.Utc);
        await app.AsAsync("head.cs", sp => Appeals(sp).ResolveAsync(a.Id, "Timetable changed", a.Version));

        IReadOnlyCollection<Guid> sitis = [await app.UnitAsync("SITIS"), await app.UnitAsync("SITIS-CS")];
        Task<IReadOnlyList<AppealDto>> ReceivedAsync(DateOnly asOf) => app.AsAsync("council.sitis", sp =>
            sp.GetRequiredService<IAppealIntegrationService>().GetReceivedAsync(sitis, new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 30), asOf));
        // Due on 20 April: overdue on the 21st, no longer once resolved on the 22nd; the SEM appeal is not in the units asked.
        (await ReceivedAsync(new DateOnly(2026, 4, 20))).Single().IsOverdue.ShouldBeFalse();
        (await ReceivedAsync(new DateOnly(2026, 4, 21))).Single().IsOverdue.ShouldBeTrue();
        (await ReceivedAsync(new DateOnly(2026, 4, 22))).Single().IsOverdue.ShouldBeFalse();
        (await app.AsAsync("council.sitis", sp => sp.GetRequiredService<IAppealIntegrationService>()
            .GetReceivedAsync(sitis, new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 31), new DateOnly(2026, 5, 31)))).ShouldBeEmpty();
    }
}
