using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.Workflow.Records;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.QualityPolicy.Documents;

/// <summary>
/// What an approver of <c>policy-document-approval</c> reads: the document's title, code and owning unit, the edition
/// the instance approves with its file, and a link to the document's card. Read through the module's own rules
/// (<see cref="IPolicyDocumentAppService.GetAsync"/>: permission and scope); a caller they refuse gets nothing, unless the
/// task is theirs to decide, when they get the card without the file and page links.
/// </summary>
internal sealed class DocumentApprovalRecord(
    IPolicyDocumentAppService documents, PolicyDocumentRepository repo, IUnitDirectory units, LinkGenerator links, IHttpContextAccessor http,
    IStringLocalizer l) : IWorkflowRecordProvider
{
    public IReadOnlyCollection<string> ProcessKeys { get; } = [ApproveDocumentHandler.ProcessKey];

    public async Task<WorkflowRecordSummary?> GetSummaryAsync(WorkflowRecordRequest request, CancellationToken ct = default)
    {
        if (ApproveDocumentHandler.DocumentIdOf(request.BusinessKey) is not { } id) return null;
        PolicyDocumentDto d;
        var readable = true;
        try
        {
            d = await documents.GetAsync(id, ct);
        }
        catch (QaException e) when (e.Status is 403 or 404)
        {
            // An approver without the module's read rights still reads what they decide on, but gets no file or page
            // their permissions would refuse.
            if (!request.Participant || await repo.FindAsync(id, ct) is not { } found) return null;
            d = found.ToDto();
            readable = false;
        }
        var editions = await repo.GetEditionsAsync(id, ct);
        // The edition this instance approves; an instance superseded by a resubmission shows the latest one.
        var edition = editions.LastOrDefault(e => e.ApprovalInstanceId == request.InstanceId) ?? editions.LastOrDefault();
        var names = await units.NamesAsync(ct);
        return new WorkflowRecordSummary
        {
            Title = d.Title, Code = d.Code, UnitName = names.GetValueOrDefault(d.OwnerUnitId),
            Edition = edition == null ? null : $"{l["QualityPolicy:Edition"]} {edition.EditionNumber} · {l.Enum(edition.State)}",
            Url = readable ? Path(null, "/Documents/Details", new { area = "QualityPolicy", id }) : null,
            Files = edition == null || !readable || Path("QualityPolicy_DownloadEdition", null, new { id = edition.Id }) is not { } file
                ? [] : [new WorkflowRecordLink(edition.FileName, file)],
        };
    }

    /// <summary>
    /// A page (by its path) or an API endpoint (by its name), under the request's path base when there is a request;
    /// <c>null</c> where the endpoints are not mapped (a host without pages): then there is no link rather than a broken one.
    /// </summary>
    private string? Path(string? name, string? page, object values)
    {
        var context = http.HttpContext;
        return page != null
            ? context != null ? links.GetPathByPage(context, page, null, values) : links.GetPathByPage(page, null, values)
            : context != null ? links.GetPathByName(context, name!, values) : links.GetPathByName(name!, values);
    }
}
