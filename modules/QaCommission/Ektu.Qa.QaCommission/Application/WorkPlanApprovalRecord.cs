using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.QaCommission.Commissions;
using Ektu.Qa.QaCommission.Data;
using Ektu.Qa.QaCommission.Plans;
using Ektu.Qa.Workflow.Records;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.QaCommission.Application;

/// <summary>
/// What an approver of <c>qc-work-plan-approval</c> reads: the commission's work plan for its academic year, the school,
/// the plan's status and number of lines, its Excel export to open, and a link to the commission's plans page. Read
/// through the module's own rules (<see cref="IPlanAppService.GetPlansAsync"/>: permission, scope or membership).
/// </summary>
internal sealed class WorkPlanApprovalRecord(
    PlanRepository repo, IPlanAppService plans, ICommissionAppService commissions, LinkGenerator links, IHttpContextAccessor http, IStringLocalizer l)
    : IWorkflowRecordProvider
{
    public IReadOnlyCollection<string> ProcessKeys { get; } = [PlanAppService.ProcessKey];

    public async Task<WorkflowRecordSummary?> GetSummaryAsync(WorkflowRecordRequest request, CancellationToken ct = default)
    {
        if (PlanAppService.PlanIdOf(request.BusinessKey) is not { } planId || await repo.FindPlanAsync(planId, ct) is not { } found) return null;
        WorkPlanDto plan;
        CommissionDto commission;
        try
        {
            plan = (await plans.GetPlansAsync(found.CommissionId, ct)).Single(p => p.Id == planId);
            commission = await commissions.GetAsync(found.CommissionId, ct);
        }
        catch (QaException e) when (e.Status is 403 or 404)
        {
            return null;
        }
        var values = new { area = "QaCommission", id = commission.Id };
        var years = $"{plan.AcademicYear}–{plan.AcademicYear + 1}";
        return new WorkflowRecordSummary
        {
            Title = $"{l["QaCommission:Plans.Title"]} {years} — {commission.SchoolName}", Code = years, UnitName = commission.SchoolName,
            Edition = $"{l.Enum(plan.Status)} · {l["QaCommission:Plans.Lines", plan.Items.Count]}",
            Url = Path("/Plans/Index", null, values),
            Files = [new WorkflowRecordLink(l["QaCommission:Plans.ExportFile"], Path("/Plans/Index", "Export", values))],
        };
    }

    private string Path(string page, string? handler, object values)
    {
        var context = http.HttpContext;
        return (context != null ? links.GetPathByPage(context, page, handler, values) : links.GetPathByPage(page, handler, values))
            ?? throw new InvalidOperationException($"No route for {page}.");
    }
}
