using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.QaCommission.Commissions;
using Ektu.Qa.Workflow.Records;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.QaCommission.Plans;

/// <summary>
/// What an approver of <c>qc-work-plan-approval</c> reads: the commission's work plan for its academic year, the school,
/// the plan's status and number of lines, its Excel export to open, and a link to the commission's plans page. Read
/// through the module's own rules (<see cref="IPlanAppService.GetPlansAsync"/>: permission, scope or membership); a caller
/// they refuse gets nothing, unless the task is theirs to decide, when they get the card without the page and file links.
/// </summary>
internal sealed class WorkPlanApprovalRecord(
    PlanRepository repo, CommissionRepository commissionRows, IPlanAppService plans, ICommissionAppService commissions, LinkGenerator links,
        IHttpContextAccessor http, IStringLocalizer l)
    : IWorkflowRecordProvider
{
    public IReadOnlyCollection<string> ProcessKeys { get; } = [PlanAppService.ProcessKey];

    public async Task<WorkflowRecordSummary?> GetSummaryAsync(WorkflowRecordRequest request, CancellationToken ct = default)
    {
        if (PlanAppService.PlanIdOf(request.BusinessKey) is not { } planId || await repo.FindPlanAsync(planId, ct) is not { } found) return null;
        WorkPlanDto plan;
        CommissionDto commission;
        var readable = true;
        try
        {
            plan = (await plans.GetPlansAsync(found.CommissionId, ct)).Single(p => p.Id == planId);
            commission = await commissions.GetAsync(found.CommissionId, ct);
        }
        catch (QaException e) when (e.Status is 403 or 404)
        {
            // The School Council approves plans without reading commissions: it reads what it decides on, not the pages.
            if (!request.Participant || await commissionRows.FindAsync(found.CommissionId, ct) is not { } row) return null;
            (plan, commission, readable) = (found, row, false);
            plan.Items = await repo.GetItemsAsync(planId, ct);
        }
        var values = new { area = "QaCommission", id = commission.Id };
        var years = $"{plan.AcademicYear}–{plan.AcademicYear + 1}";
        // The repository's row has no school name (the app service adds it): the workflow then names the instance's unit.
        var school = string.IsNullOrEmpty(commission.SchoolName) ? null : commission.SchoolName;
        return new WorkflowRecordSummary
        {
            Title = school == null ? $"{l["QaCommission:Plans.Title"]} {years}" : $"{l["QaCommission:Plans.Title"]} {years} — {school}", Code = years,
            UnitName = school,
            Edition = $"{l.Enum(plan.Status)} · {l["QaCommission:Plans.Lines", plan.Items.Count]}",
            Url = readable ? Path("/Plans/Index", null, values) : null,
            Files = readable && Path("/Plans/Index", "Export", values) is { } export
                ? [new WorkflowRecordLink(l["QaCommission:Plans.ExportFile"], export)] : [],
        };
    }

    /// <summary>The page's path under the request's path base; <c>null</c> where pages are not mapped (no link rather than a broken one).</summary>
    private string? Path(string page, string? handler, object values)
    {
        var context = http.HttpContext;
        return context != null ? links.GetPathByPage(context, page, handler, values) : links.GetPathByPage(page, handler, values);
    }
}
