using System.Text.Json.Nodes;
using Ektu.Qa.ExternalAccreditation.Accreditations;
using Ektu.Qa.Identity;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Scheduling;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Timing;
using Ektu.Qa.Workflow;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ektu.Qa.ExternalAccreditation.Assessments;

/// <summary>
/// Demo only: SITIS's renewal procedure (the pending IAAR renewal the accreditation demo opens) run by the quality officer
/// (<c>aqd</c>) through the decision, the order and the working group, so its self-assessment step waits in the inbox of
/// the SITIS dean and the quality officer. Skipped when any assessment exists.
/// </summary>
/// <remarks>
/// The steps run in a scope of their own, signed in as the officer: the permission and candidate checks of a step are the
/// ones a person meets, and the seeding scope's later contributors are not left signed in. Everything happens in that
/// scope's one unit of work, on its one session, so no second writer waits for the first (SQLite has one write lock);
/// the process's timers are scheduled after the commit, which is why the Kernel stores the jobs before seeding.
/// </remarks>
internal sealed class AssessmentDemoSeeder(IServiceScopeFactory scopes, IOptions<SchedulingOptions> scheduling, IOptions<DatabaseOptions> database)
    : IDataSeedContributor
{
    public const string Officer = "aqd";
    public const string Title = "Повторная аккредитация ОП школы ИТиИС в IAAR";
    public static readonly string[] DoneSteps = [AssessmentProcess.DecideStep, "Task_IssueOrder", "Task_FormWorkingGroup"];

    public async Task SeedAsync(bool demo, CancellationToken ct = default)
    {
        // Without the scheduler a process cannot start (its timers are refused), in the pages as here.
        if (!demo || !database.Value.SeedDemoProcesses || !scheduling.Value.Enabled) return;
        await using var scope = scopes.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<IDbSession>();
        await db.InUnitOfWorkAsync(async () =>
        {
            if (await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM ea_assessments", ct: ct) > 0) return;
            var identity = sp.GetRequiredService<IIdentityIntegrationService>();
            if ((await identity.GetUsersByNameAsync([Officer], ct)).FirstOrDefault() is not { } officer) return;
            if ((await identity.GetUnitsAsync(ct)).FirstOrDefault(u => u.Code == "SITIS") is not { } sitis) return;
            var pending = (await sp.GetRequiredService<AccreditationRepository>().ListAsync(false, [sitis.Id], ct))
                .FirstOrDefault(a => a.Decision == AccreditationDecision.Pending && a.RenewalOfId != null);
            if (pending == null) return;
            sp.GetRequiredService<CurrentUser>().Use(CurrentUser.For(officer.Id, Officer));
            var id = Guid.NewGuid();
            var instance = await sp.GetRequiredService<IWorkflowIntegrationService>().StartAsync(AssessmentProcess.Key,
                AssessmentRules.BusinessKey(id), sitis.Id, new JsonObject { ["assessment"] = id.ToString() }, ct);
            var repo = sp.GetRequiredService<AssessmentRepository>();
            await repo.InsertAsync(new AssessmentDto
            {
                Id = id, UnitId = sitis.Id, Title = Title, AgencyId = pending.AgencyId, Kind = pending.Kind, AccreditationId = pending.Id,
                RenewalOfId = pending.RenewalOfId, InstanceId = instance, State = AssessmentState.InProgress,
                Decision = AccreditationDecision.Pending, StartedOn = sp.GetRequiredService<IUserClock>().Today,
            }, sp.GetRequiredService<IClock>().UtcNow, Officer, ct);
            var service = sp.GetRequiredService<AssessmentAppService>();
            foreach (var step in DoneSteps)
            {
                var current = await service.GetAsync(id, ct);
                await service.CompleteStepAsync(id, new CompleteStepInput
                {
                    TaskId = current.Steps.Single(s => s.ElementId == step && s.IsCurrent).TaskId!.Value,
                    Undergo = step == AssessmentProcess.DecideStep ? true : null, Version = current.Assessment.Version,
                    Comment = step == "Task_IssueOrder" ? "Приказ № 112 о подготовке к повторной аккредитации" : null,
                }, ct);
            }
        }, ct);
    }
}
