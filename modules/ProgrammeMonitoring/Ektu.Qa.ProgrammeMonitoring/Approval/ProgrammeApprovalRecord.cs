using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.ProgrammeMonitoring.Programmes;
using Ektu.Qa.Workflow.Records;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.ProgrammeMonitoring.Approval;

/// <summary>
/// What an approver of the module's processes reads: the programme's code and title, the version decided on with its state,
/// the difference from the version in force (or, after a return, from the returned version), and the comments of earlier
/// returns and rejections. Read through the module's rules (<see cref="IProgrammeAppService.GetAsync"/>: permission and
/// school); a caller they refuse gets nothing unless the task is theirs, when they get the card without page links.
/// </summary>
internal sealed class ProgrammeApprovalRecord(
    ApprovalRepository approvals, ProgrammeRepository rows, IProgrammeAppService programmes, ProgrammeUnits units, LinkGenerator links,
    IHttpContextAccessor http, IStringLocalizer l) : IWorkflowRecordProvider
{
    public IReadOnlyCollection<string> ProcessKeys { get; } = [ApprovalProcesses.Approval, ApprovalProcesses.RegisterChange];

    public async Task<WorkflowRecordSummary?> GetSummaryAsync(WorkflowRecordRequest request, CancellationToken ct = default)
    {
        if (ProgrammeApprovalAppService.ApprovalIdOf(request.BusinessKey) is not { } id) return null;
        if (await approvals.FindAsync(id, ct) is not { } a) return null;
        ProgrammeDto p;
        var readable = true;
        try
        {
            p = (await programmes.GetAsync(a.ProgrammeId, ct)).Programme;
        }
        catch (QaException e) when (e.Status is 403 or 404)
        {
            if (!request.Participant || await rows.FindAsync(a.ProgrammeId, ct) is not { } found) return null;
            (p, readable) = (found, false);
            p.SchoolName = await units.NameAsync(p.SchoolId, ct);
        }
        var version = a.VersionNumber is { } n ? await rows.FindVersionAsync(a.ProgrammeId, n, ct) : null;
        var files = new List<WorkflowRecordLink>();
        // The page approvers work from: what this version changes against the one in force, else against the one returned.
        var against = version == null ? null : p.ApprovedNumber is { } approved && approved != version.Number ? approved : version.ParentNumber;
        if (readable && version != null && against is { } from
            && Path("/Programmes/Diff", new { area = "ProgrammeMonitoring", id = p.Id, from, to = version.Number }) is { } diff)
            files.Add(new WorkflowRecordLink(l["ProgrammeMonitoring:Approval.DiffFrom", from, version.Number], diff));
        var earlier = (await approvals.ListAsync(a.ProgrammeId, ct))
            .Where(x => x.Id != a.Id && x.Outcome is ApprovalOutcome.Returned or ApprovalOutcome.Rejected && x.DecidedAt != null && x.Comment != null)
            .OrderBy(x => x.DecidedAt)
            .Select(x => new WorkflowRecordComment(x.DecidedAt!.Value, x.DecidedBy ?? "", x.Outcome == ApprovalOutcome.Returned ? "revise" : "reject",
                x.Comment!))
            .ToList();
        return new WorkflowRecordSummary
        {
            Title = $"{p.GroupCode} {p.Title}", Code = p.GroupCode, UnitName = p.SchoolName,
            Edition = a.RegisterKind is { } kind ? l.Enum(kind)
                : version == null ? null : $"{l["ProgrammeMonitoring:VersionNumber", version.Number]} · {l.Enum(version.State)}",
            Url = readable ? Path("/Programmes/Details", new { area = "ProgrammeMonitoring", id = p.Id }) : null,
            Files = files,
            Comments = earlier,
        };
    }

    /// <summary>The page's path under the request's path base; <c>null</c> where pages are not mapped (no link rather than a broken one).</summary>
    private string? Path(string page, object values)
    {
        var context = http.HttpContext;
        return context != null ? links.GetPathByPage(context, page, null, values) : links.GetPathByPage(page, null, values);
    }
}
