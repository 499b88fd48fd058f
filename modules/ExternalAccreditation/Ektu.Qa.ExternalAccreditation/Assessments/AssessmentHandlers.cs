using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ektu.Qa.ExternalAccreditation.Accreditations;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Timing;
using Ektu.Qa.Workflow;

namespace Ektu.Qa.ExternalAccreditation.Assessments;

/// <summary>
/// <c>ExternalAccreditation.RecordAssessmentDecision</c>: writes the decision step's form values on the procedure's accreditation
/// (the accreditation rules decide: an invalid one raises <see cref="AssessmentProcess.DecisionInvalidError"/> and the model
/// offers the step again) and marks the procedure Decided.
/// </summary>
internal sealed class RecordAssessmentDecisionHandler(AssessmentRepository repo, AccreditationAppService accreditations,
    AuditContext<ExternalAccreditationContractsModule> audit, IClock clock) : IWorkflowServiceHandler
{
    public string Key => "ExternalAccreditation.RecordAssessmentDecision";

    public async Task<WorkflowServiceResult> InvokeAsync(WorkflowServiceContext context, CancellationToken ct)
    {
        if (AssessmentRules.IdOf(context.BusinessKey) is not { } id || await repo.FindAsync(id, ct) is not { } a)
            return WorkflowServiceResult.Error(AssessmentProcess.DecisionInvalidError, "no assessment");
        var v = context.Variables;
        if (AssessmentRules.FromFormValue(Text(v, "decision")) is not { } decision)
            return WorkflowServiceResult.Error(AssessmentProcess.DecisionInvalidError, "decision");
        try
        {
            await accreditations.DecideForProcedureAsync(a.AccreditationId, decision, Day(v, "decidedOn"), Day(v, "validFrom"), Day(v, "validTo"),
                Day(v, "followUpDueOn"), Text(v, "conditions"), apply: true, ct);
        }
        catch (ValidationException e)
        {
            return WorkflowServiceResult.Error(AssessmentProcess.DecisionInvalidError, string.Join(", ", e.Errors.Keys));
        }
        catch (QaException e) when (e.Status == 409)
        {
            return WorkflowServiceResult.Error(AssessmentProcess.DecisionInvalidError, e.Code);
        }
        await repo.SetStateAsync(id, AssessmentState.Decided, decision, null, clock.UtcNow, audit.By, ct);
        await audit.WriteAsync("Assessment", id, "Decided", [new AuditChange("Decision", null, decision.ToString())], ct,
            unitId: a.UnitId);
        return WorkflowServiceResult.Ok(new JsonObject { ["decisionRecorded"] = true });
    }

    private static string? Text(JsonObject v, string key) =>
        v[key] is { } n && n.GetValueKind() == JsonValueKind.String ? n.GetValue<string>() : null;

    private static DateOnly? Day(JsonObject v, string key) =>
        DateOnly.TryParseExact(Text(v, key), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}

/// <summary><c>ExternalAccreditation.WithdrawAssessment</c>: leadership decided not to undergo it; the pending accreditation goes too.</summary>
internal sealed class WithdrawAssessmentHandler(AssessmentRepository repo, AccreditationAppService accreditations,
    AuditContext<ExternalAccreditationContractsModule> audit, IClock clock, IUserClock local) : IWorkflowServiceHandler
{
    public string Key => "ExternalAccreditation.WithdrawAssessment";

    public async Task<WorkflowServiceResult> InvokeAsync(WorkflowServiceContext context, CancellationToken ct)
    {
        if (AssessmentRules.IdOf(context.BusinessKey) is not { } id || await repo.FindAsync(id, ct) is not { } a) return WorkflowServiceResult.Ok();
        await accreditations.WithdrawForProcedureAsync(a.AccreditationId, ct);
        await repo.SetStateAsync(id, AssessmentState.Withdrawn, AccreditationDecision.Pending, local.Today, clock.UtcNow, audit.By, ct);
        await audit.WriteAsync("Assessment", id, "Withdrawn", [], ct, unitId: a.UnitId);
        return WorkflowServiceResult.Ok();
    }
}

/// <summary><c>ExternalAccreditation.CompleteAssessment</c>: the plan (and, unless denied, the monitoring step) done; the procedure closes.</summary>
internal sealed class CompleteAssessmentHandler(AssessmentRepository repo, AuditContext<ExternalAccreditationContractsModule> audit, IClock clock,
    IUserClock local) : IWorkflowServiceHandler
{
    public string Key => "ExternalAccreditation.CompleteAssessment";

    public async Task<WorkflowServiceResult> InvokeAsync(WorkflowServiceContext context, CancellationToken ct)
    {
        if (AssessmentRules.IdOf(context.BusinessKey) is not { } id || await repo.FindAsync(id, ct) is not { } a) return WorkflowServiceResult.Ok();
        await repo.SetStateAsync(id, AssessmentState.Completed, a.Decision, local.Today, clock.UtcNow, audit.By, ct);
        await audit.WriteAsync("Assessment", id, "Completed", [], ct, unitId: a.UnitId);
        return WorkflowServiceResult.Ok();
    }
}
