using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Improvement.Capa;
using Ektu.Qa.Improvement.Tests.Application;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Improvement.Tests.Capa;

/// <summary>CAPA items on a real database: the state machine with the clock, owners' moves, scope, concurrency, audit.</summary>
public sealed class CapaAppServiceTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    internal static ICapaAppService Capa(IServiceProvider sp) => sp.GetRequiredService<ICapaAppService>();

    internal static async Task<CapaItemDto> NewItemAsync(TestApp app, string unitCode = "SITIS-CS", string owner = "teacher1",
        int? checkAfterDays = 30)
    {
        var unit = await app.UnitAsync(unitCode);
        var ownerId = await app.UserIdAsync(owner);
        return await app.AsAsync("dean.sitis", sp => Capa(sp).CreateAsync(new SaveCapaItemInput
        {
            UnitId = unit, Source = CapaSources.Audit, Problem = "Syllabi lack assessment criteria", RootCause = "No template",
            CorrectiveAction = "Add criteria to all syllabi",
            PreventiveAction = "Syllabus template with criteria", OwnerUserId = ownerId, Deadline = new DateOnly(2026, 4, 30),
            CheckAfterDays = checkAfterDays,
        }));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task MoveAsync_Should_WalkStateMachineWithClock_When_OwnerImplementsAndManagerChecks(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var item = await NewItemAsync(app);
        item.State.ShouldBe(CapaState.Open);
        item.OwnerName.ShouldNotBeEmpty();

        var bad = await Should.ThrowAsync<QaException>(() => app.AsAsync("teacher1", sp => Capa(sp).MoveAsync(item.Id,
            new CapaTransitionInput { Target = CapaState.Implemented, Version = item.Version })));
        bad.Code.ShouldBe(CapaErrorCodes.InvalidTransition);
        var started = await app.AsAsync("teacher1", sp => Capa(sp).MoveAsync(item.Id, new CapaTransitionInput { Target = CapaState.InProgress,
            Version = item.Version }));
        var done = await app.AsAsync("teacher1", sp => Capa(sp).MoveAsync(item.Id, new CapaTransitionInput { Target = CapaState.Implemented,
            Version = started.Version }));
        done.ImplementedOn.ShouldBe(new DateOnly(2026, 3, 2));
        done.CheckDueOn.ShouldBe(new DateOnly(2026, 4, 1));
        done.State.ShouldBe(CapaState.Implemented);

        // The owner may not judge their own action's effectiveness; the manager may not before the check day.
        (await Should.ThrowAsync<QaException>(() => app.AsAsync("teacher1", sp => Capa(sp).MoveAsync(item.Id,
            new CapaTransitionInput { Target = CapaState.Closed, Note = "ok", Version = done.Version }))))
            .Status.ShouldBe(403);
        app.Clock.UtcNow = new DateTime(2026, 3, 31, 6, 0, 0, DateTimeKind.Utc);
        (await Should.ThrowAsync<QaException>(() => app.AsAsync("dean.sitis", sp => Capa(sp).MoveAsync(item.Id,
            new CapaTransitionInput { Target = CapaState.Closed, Note = "ok", Version = done.Version }))))
            .Code.ShouldBe(CapaErrorCodes.CheckNotDue);

        app.Clock.UtcNow = new DateTime(2026, 4, 1, 6, 0, 0, DateTimeKind.Utc);
        (await app.AsAsync("dean.sitis", sp => Capa(sp).GetAsync(item.Id))).State.ShouldBe(CapaState.EffectivenessCheckDue);
        var noNote = await Should.ThrowAsync<ValidationException>(() => app.AsAsync("dean.sitis", sp => Capa(sp).MoveAsync(item.Id,
            new CapaTransitionInput { Target = CapaState.Reopened, Version = done.Version })));
        noNote.Errors.Keys.ShouldContain("Note");
        var reopened = await app.AsAsync("dean.sitis", sp => Capa(sp).MoveAsync(item.Id, new CapaTransitionInput { Target = CapaState.Reopened,
            Note = "Half the syllabi still lack criteria", Version = done.Version }));
        reopened.State.ShouldBe(CapaState.Reopened);
        reopened.ReopenCount.ShouldBe(1);
        reopened.CheckDueOn.ShouldBeNull();

        var again = await app.AsAsync("teacher1", sp => Capa(sp).MoveAsync(item.Id, new CapaTransitionInput { Target = CapaState.InProgress,
            Version = reopened.Version }));
        var done2 = await app.AsAsync("teacher1", sp => Capa(sp).MoveAsync(item.Id, new CapaTransitionInput { Target = CapaState.Implemented,
            Version = again.Version }));
        done2.CheckDueOn.ShouldBe(new DateOnly(2026, 5, 1));
        app.Clock.UtcNow = new DateTime(2026, 5, 1, 6, 0, 0, DateTimeKind.Utc);
        var closed = await app.AsAsync("dean.sitis", sp => Capa(sp).MoveAsync(item.Id, new CapaTransitionInput { Target = CapaState.Closed,
            Note = "All syllabi checked", Version = done2.Version }));
        closed.State.ShouldBe(CapaState.Closed);
        closed.ClosedOn.ShouldBe(new DateOnly(2026, 5, 1));
        (await Should.ThrowAsync<QaException>(() => app.AsAsync("dean.sitis", sp => Capa(sp).MoveAsync(item.Id,
            new CapaTransitionInput { Target = CapaState.InProgress, Version = closed.Version }))))
            .Code.ShouldBe(CapaErrorCodes.InvalidTransition);

        var actions = await app.QueryAsync(db =>
            db.QueryAsync<string>("SELECT action FROM k_audit_log WHERE entity = 'CapaItem' AND entity_id = @id", new { id = item.Id.ToString() }));
        actions.Order().ShouldBe(new[] { "Created", "StateInProgress", "StateImplemented", "StateReopened", "StateInProgress", "StateImplemented",
            "StateClosed" }.Order());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task MoveAsync_Should_Conflict_When_VersionIsStale(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var item = await NewItemAsync(app);
        await app.AsAsync("teacher1", sp => Capa(sp).MoveAsync(item.Id, new CapaTransitionInput { Target = CapaState.InProgress,
            Version = item.Version }));
        await Should.ThrowAsync<ConcurrencyConflictException>(() =>
            app.AsAsync("dean.sitis", sp => Capa(sp).UpdateAsync(item.Id, new SaveCapaItemInput
            {
                Problem = "x", CorrectiveAction = "y", OwnerUserId = item.OwnerUserId, Deadline = item.Deadline, Version = item.Version,
            })));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task GetAsync_Should_Answer404_When_ItemOfAnotherSchool(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var item = await NewItemAsync(app);
        await Should.ThrowAsync<EntityNotFoundException>(() => app.AsAsync("teacher3", sp => Capa(sp).GetAsync(item.Id)));
        (await app.AsAsync("teacher3", sp => Capa(sp).GetListAsync(new CapaFilter()))).ShouldNotContain(i => i.Id == item.Id);
        (await app.AsAsync("teacher1", sp => Capa(sp).GetAsync(item.Id))).Id.ShouldBe(item.Id);
        // A dean may not raise an item for another school's department.
        var sem = await app.UnitAsync("SEM-GEO");
        var err = await Should.ThrowAsync<ValidationException>(() => app.AsAsync("dean.sitis", sp => Capa(sp).CreateAsync(new SaveCapaItemInput
        {
            UnitId = sem, Problem = "p", CorrectiveAction = "c", OwnerUserId = item.OwnerUserId, Deadline = new DateOnly(2026, 5, 1),
        })));
        err.Errors.Keys.ShouldContain("UnitId");
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task GetSummaryAsync_Should_ConsolidateDepartments_When_SchoolAsked(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var cs1 = await NewItemAsync(app);
        await NewItemAsync(app);
        await NewItemAsync(app, "SITIS-IS", "teacher2");
        await app.AsAsync("teacher1", sp => Capa(sp).MoveAsync(cs1.Id, new CapaTransitionInput { Target = CapaState.InProgress,
            Version = cs1.Version }));
        app.Clock.UtcNow = new DateTime(2026, 5, 1, 6, 0, 0, DateTimeKind.Utc);

        var school = await app.UnitAsync("SITIS");
        var summary = await app.AsAsync("dean.sitis", sp => Capa(sp).GetSummaryAsync(school));
        var cs = summary.Single(s => s.UnitId == cs1.UnitId);
        (cs.Total, cs.Open, cs.InProgress, cs.Overdue).ShouldBe((2, 1, 1, 2));
        summary.Single(s => s.UnitId != cs1.UnitId).Total.ShouldBe(1);
        (await app.AsAsync("dean.sitis", sp => Capa(sp).GetListAsync(new CapaFilter { UnitId = cs1.UnitId }))).Count.ShouldBe(2);
        await Should.ThrowAsync<EntityNotFoundException>(() => app.AsAsync("head.cs", sp => Capa(sp).GetSummaryAsync(school)));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task GetListAsync_Should_ListTheUniversityPlanOnly_When_QualityDepartmentAsksForTheUniversityUnitOnly(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var school = await NewItemAsync(app);
        var university = await app.UnitAsync("EKTU");
        var own = await app.AsAsync("aqd", sp => Capa(sp).CreateAsync(new SaveCapaItemInput
        {
            UnitId = university, Source = CapaSources.Monitoring, Problem = "Survey response rates fall", CorrectiveAction = "One survey calendar",
            OwnerUserId = school.OwnerUserId, Deadline = new DateOnly(2026, 9, 1),
        }));

        var plan = await app.AsAsync("aqd", sp => Capa(sp).GetListAsync(new CapaFilter { UnitId = university, UnitOnly = true }));
        plan.Select(i => i.Id).ShouldBe([own.Id]);
        var whole = await app.AsAsync("aqd", sp => Capa(sp).GetListAsync(new CapaFilter { UnitId = university }));
        whole.Select(i => i.Id).ShouldBe([school.Id, own.Id], ignoreOrder: true);
        // The university's plan is not a school's to read or write.
        await Should.ThrowAsync<EntityNotFoundException>(() => app.AsAsync("dean.sitis", sp =>
            Capa(sp).GetListAsync(new CapaFilter { UnitId = university, UnitOnly = true })));
        var err = await Should.ThrowAsync<ValidationException>(() => app.AsAsync("dean.sitis", sp => Capa(sp).CreateAsync(new SaveCapaItemInput
        {
            UnitId = university, Problem = "p", CorrectiveAction = "c", OwnerUserId = school.OwnerUserId, Deadline = new DateOnly(2026, 5, 1),
        })));
        err.Errors.Keys.ShouldContain("UnitId");
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task CreateAsync_Should_RefuseTheSource_When_KindIsNotRegisteredOrRecordMissing(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var unit = await app.UnitAsync("SITIS-CS");
        var owner = await app.UserIdAsync("teacher1");
        SaveCapaItemInput Input(string source, Guid? sourceId) => new()
        {
            UnitId = unit, Source = source, SourceId = sourceId, Problem = "p", CorrectiveAction = "c", OwnerUserId = owner,
            Deadline = new DateOnly(2026, 5, 1),
        };
        var unknownKind = await Should.ThrowAsync<ValidationException>(() => app.AsAsync("dean.sitis", sp =>
            Capa(sp).CreateAsync(Input("InformationManagement.Audit", null))));
        unknownKind.Errors["Source"].ShouldContain(CapaErrorCodes.UnknownSource);
        var noAppeal = await Should.ThrowAsync<ValidationException>(() => app.AsAsync("dean.sitis", sp =>
            Capa(sp).CreateAsync(Input(CapaSources.Appeal, Guid.NewGuid()))));
        noAppeal.Errors["SourceId"].ShouldContain(CapaErrorCodes.UnknownSource);
        var noDecision = await Should.ThrowAsync<ValidationException>(() => app.AsAsync("dean.sitis", sp =>
            Capa(sp).CreateAsync(Input("QaCommission.Decision", Guid.NewGuid()))));
        noDecision.Errors["SourceId"].ShouldContain(CapaErrorCodes.UnknownSource);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task GetForUnitsAsync_Should_StateItemsAsOfTheDay_When_ClosedLater(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var item = await NewItemAsync(app);
        var started = await app.AsAsync("teacher1", sp => Capa(sp).MoveAsync(item.Id, new CapaTransitionInput { Target = CapaState.InProgress,
            Version = item.Version }));
        var done = await app.AsAsync("teacher1", sp =>
            Capa(sp).MoveAsync(item.Id, new CapaTransitionInput { Target = CapaState.Implemented, Version = started.Version }));
        app.Clock.UtcNow = new DateTime(2026, 4, 1, 6, 0, 0, DateTimeKind.Utc);
        await app.AsAsync("dean.sitis", sp => Capa(sp).MoveAsync(item.Id, new CapaTransitionInput { Target = CapaState.Closed, Note = "ok",
            Version = done.Version }));

        // A reader without any CAPA permission: the calling module decided the units; the integration reads them all.
        var before = await app.AsAsync("council.sitis", sp => sp.GetRequiredService<ICapaIntegrationService>()
            .GetForUnitsAsync([item.UnitId], new DateOnly(2026, 3, 31)));
        before.Single().State.ShouldBe(CapaState.Implemented);
        var after = await app.AsAsync("council.sitis", sp => sp.GetRequiredService<ICapaIntegrationService>()
            .GetForUnitsAsync([item.UnitId], new DateOnly(2026, 4, 1)));
        after.Single().State.ShouldBe(CapaState.Closed);
    }
}
