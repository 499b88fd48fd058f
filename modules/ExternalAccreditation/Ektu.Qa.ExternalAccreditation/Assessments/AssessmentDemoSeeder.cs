using System.Text.Json.Nodes;
using Ektu.Qa.ExternalAccreditation.Accreditations;
using Ektu.Qa.Identity;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Timing;
using Ektu.Qa.Workflow;
using Ektu.Qa.Workflow.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.ExternalAccreditation.Assessments;

/// <summary>
/// Demo only: SITIS's renewal procedure (the pending IAAR renewal the accreditation demo opens) run as the quality officer
/// (<c>aqd</c>) up to the self-assessment: decided, ordered, working group formed. Skipped when any assessment exists or
/// the process is not published yet.
/// </summary>
internal sealed class AssessmentDemoSeeder(IServiceScopeFactory scopes, IIdentityIntegrationService identity) : IDataSeedContributor
{
    private const string Officer = "aqd";
    private static readonly string[] DoneSteps = [AssessmentProcess.DecideStep, "Task_IssueOrder", "Task_FormWorkingGroup"];

    public async Task SeedAsync(bool demo, CancellationToken ct = default)
    {
        if (!demo) return;
        if ((await identity.GetUsersByNameAsync([Officer], ct)).FirstOrDefault() is not { } officer) return;
        await using var scope = scopes.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<CurrentUser>().Use(CurrentUser.For(officer.Id, Officer));
        var db = sp.GetRequiredService<IDbSession>();
        try
        {
            await db.InUnitOfWorkAsync(() => RunAsync(sp, db, officer.Id, ct), ct);
        }
        catch (QaException)
        {
            // The process is not published yet (the workflow seeds after this module): the next start seeds the demo.
        }
    }

    private static async Task RunAsync(IServiceProvider sp, IDbSession db, Guid officerId, CancellationToken ct)
    {
        if (await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM ea_assessments", ct: ct) > 0) return;
        var units = (await sp.GetRequiredService<IIdentityIntegrationService>().GetUnitsAsync(ct)).ToDictionary(u => u.Code, u => u.Id);
        if (!units.TryGetValue("SITIS", out var sitis)) return;
        var pending = (await sp.GetRequiredService<AccreditationRepository>().ListAsync(false, [sitis], ct))
            .FirstOrDefault(a => a.Decision == AccreditationDecision.Pending && a.RenewalOfId != null);
        if (pending == null) return;
        var clock = sp.GetRequiredService<IClock>();
        var id = Guid.NewGuid();
        var instance = await sp.GetRequiredService<IWorkflowIntegrationService>().StartAsync(AssessmentProcess.Key, AssessmentRules.BusinessKey(id),
            sitis, new JsonObject { ["assessment"] = id.ToString() }, ct);
        await sp.GetRequiredService<AssessmentRepository>().InsertAsync(new AssessmentDto
        {
            Id = id, UnitId = sitis, Title = "IAAR re-accreditation of the SITIS programme", AgencyId = pending.AgencyId, Kind = pending.Kind,
            AccreditationId = pending.Id, RenewalOfId = pending.RenewalOfId, InstanceId = instance, State = AssessmentState.InProgress,
            Decision = AccreditationDecision.Pending, StartedOn = sp.GetRequiredService<IUserClock>().Today,
        }, clock.UtcNow, Officer, ct);
        var tasks = sp.GetRequiredService<ITaskAppService>();
        foreach (var step in DoneSteps)
        {
            var task = (await tasks.GetByInstanceAsync(instance, ct)).Single(t => t.ElementId == step && t.Status == WorkflowTaskStatus.Open);
            await tasks.CompleteAsync(task.Id, new CompleteTaskInput
            {
                Outcome = step == AssessmentProcess.DecideStep ? "approve" : null, Version = task.Version,
                Comment = step == "Task_IssueOrder" ? "Order No. 112 on preparation for re-accreditation" : null,
            }, ct);
        }
    }
}
