using Ektu.Qa.Improvement.Capa;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.ProgrammeMonitoring.Procedures;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.ProgrammeMonitoring.Tests.Application;

/// <summary>Procedures' runs planned by the scheduler's service, overdue from the day after their due day, actions raised as CAPA.</summary>
public sealed class ProcedureTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Run_Should_BeOverdueTheDayAfterItsDueDay_When_NotRecorded(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, demo: true);
        var sitis = await app.UnitAsync("SITIS");
        var created = await app.AsAsync("aqd", sp => MonitoringSteps.Procedures(sp).CreateProcedureAsync(new SaveProcedureInput
            { Number = 4, UnitId = sitis, OwnerName = "Dean", Cycle = ProcedureCycle.Quarterly, FirstDueOn = Today }));
        var planned = await app.AsAsync("aqd", sp => sp.GetRequiredService<ProcedureAppService>().PlanDueRunsAsync(Today.AddDays(100)));
        var again = await app.AsAsync("aqd", sp => sp.GetRequiredService<ProcedureAppService>().PlanDueRunsAsync(Today.AddDays(100)));

        var onDueDay = (await app.AsAsync("aqd", sp => MonitoringSteps.Procedures(sp).GetRunsAsync(new RunFilter(2026))))
            .Where(r => r.ProcedureId == created.Id).ToList();
        app.Clock.Advance(TimeSpan.FromDays(1));
        var dayAfter = await app.AsAsync("aqd", sp => MonitoringSteps.Procedures(sp).GetRunsAsync(new RunFilter(OverdueOnly: true)));

        planned.ShouldBeGreaterThanOrEqualTo(2);
        again.ShouldBe(0);
        onDueDay.Select(r => r.DueOn).ShouldBe([Today, Today.AddMonths(3)]);
        onDueDay[0].IsOverdue.ShouldBeFalse();
        dayAfter.ShouldContain(r => r.ProcedureId == created.Id && r.DueOn == Today && r.IsOverdue);
        dayAfter.ShouldNotContain(r => r.ProcedureId == created.Id && r.DueOn == Today.AddMonths(3));
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Record_Should_KeepFindingsAndRaiseTheActionAsCapa_When_RunIsDone(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var runs = await app.AsAsync("dean.sitis", sp => MonitoringSteps.Procedures(sp).GetRunsAsync(new RunFilter(2026)));
        var run = runs.First(r => r.State == RunState.Planned);

        var none = await Should.ThrowAsync<ValidationException>(() => app.AsAsync("aqd", sp =>
            MonitoringSteps.Procedures(sp).RecordRunAsync(run.Id, new RecordRunInput { Findings = "", Version = run.Version })));
        var done = await app.AsAsync("aqd", sp => MonitoringSteps.Procedures(sp).RecordRunAsync(run.Id,
            new RecordRunInput { Findings = "Two electives lack employer endorsement", Version = run.Version }));
        var capaId = await app.AsAsync("aqd", sp => MonitoringSteps.Procedures(sp).RaiseActionAsync(run.Id, new RaiseRunActionInput
            { Problem = "Electives not endorsed", Action = "Endorse at the next round table", Deadline = Today.AddMonths(2) }));

        none.Errors["Findings"].ShouldBe([ErrorCodes.Required]);
        done.State.ShouldBe(RunState.Done);
        var items = await app.AsAsync("aqd", sp => sp.GetRequiredService<ICapaIntegrationService>()
            .GetBySourceAsync(ProcedureCapaSources.Run, run.Id));
        items.Single().Id.ShouldBe(capaId);
        items.Single().UnitId.ShouldBe(run.UnitId);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Run_Should_Answer404_When_OwnerUnitIsAnotherSchool(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var sem = await app.UnitAsync("SEM");
        var run = (await app.AsAsync("aqd", sp => MonitoringSteps.Procedures(sp).GetRunsAsync(new RunFilter(2026)))).First(r => r.UnitId == sem);

        await Should.ThrowAsync<EntityNotFoundException>(() => app.AsAsync("dean.sitis", sp => MonitoringSteps.Procedures(sp).GetRunAsync(run.Id)));
        var visible = await app.AsAsync("dean.sitis", sp => MonitoringSteps.Procedures(sp).GetRunsAsync(new RunFilter(2026)));
        visible.ShouldNotContain(r => r.UnitId == sem);
    }
}
