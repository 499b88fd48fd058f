using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Workflow.Records;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.ExternalAccreditation.Assessments;

/// <summary>
/// What the inbox shows of a procedure: its title, agency and unit, and a link to its page for those who may read it.
/// </summary>
internal sealed class AssessmentRecord(AssessmentRepository repo, IAssessmentAppService assessments,
    Identity.OrganizationUnits.IUnitDirectory units, LinkGenerator links, IHttpContextAccessor http) : IWorkflowRecordProvider
{
    public IReadOnlyCollection<string> ProcessKeys { get; } = [AssessmentProcess.Key];

    public async Task<WorkflowRecordSummary?> GetSummaryAsync(WorkflowRecordRequest request, CancellationToken ct = default)
    {
        if (AssessmentRules.IdOf(request.BusinessKey) is not { } id || await repo.FindAsync(id, ct) is not { } a) return null;
        var readable = true;
        try
        {
            a = (await assessments.GetAsync(id, ct)).Assessment;
        }
        catch (QaException e) when (e.Status is 403 or 404)
        {
            if (!request.Participant) return null;
            readable = false;
        }
        var url = readable && http.HttpContext is { } ctx
            ? links.GetPathByPage(ctx, "/Assessments/Details", values: new { area = "ExternalAccreditation", id }) : null;
        return new WorkflowRecordSummary { Title = a.Title, Code = a.AgencyCode, UnitName = await units.NameAsync(a.UnitId, ct), Url = url };
    }
}
