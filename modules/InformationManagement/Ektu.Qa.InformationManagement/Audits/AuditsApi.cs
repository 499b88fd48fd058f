using Ektu.Qa.InformationManagement.Permissions;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.InformationManagement.Audits;

/// <summary>REST endpoints under /api/information-management/audits; the app service checks permission and scope.</summary>
internal sealed class AuditsApi : IEndpointContributor
{
    public const string Route = "/api/information-management/audits";

    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapFeature(Route, "InformationManagement.Audits");
        const string view = InformationManagementPermissions.Audits.Default;
        const string manage = InformationManagementPermissions.Audits.Manage;
        api.MapGet("", (IAuditAppService s, int? year, CancellationToken ct) => s.GetPlanAsync(year, ct))
            .WithName("InformationManagement_ListAudits").WithSummary("The internal audit plan of a year, with auditors no longer independent.")
            .WithPermission(view);
        api.MapGet("/findings", (IAuditAppService s, int? year, CancellationToken ct) => s.GetFindingsAsync(year, ct))
            .WithName("InformationManagement_ListAuditFindings").WithSummary("The findings register of a year.")
            .WithPermission(view);
        api.MapGet("/{id:guid}", (IAuditAppService s, Guid id, CancellationToken ct) => s.GetAsync(id, ct))
            .WithName("InformationManagement_GetAudit").WithSummary("An audit with its checklist and findings.")
            .WithPermission(view);
        api.MapGet("/{id:guid}/report", async (IAuditAppService s, Guid id, CancellationToken ct) => (await s.GetReportAsync(id, ct)).ToResult())
            .WithName("InformationManagement_GetAuditReport").WithSummary("The audit report as a Word document in the caller's language.")
            .WithPermission(view);
        api.MapPost("", (IAuditAppService s, SaveAuditInput input, CancellationToken ct) => s.CreateAsync(input, ct).Created(a => $"{Route}/{a.Id}"))
            .WithName("InformationManagement_CreateAudit").WithSummary("Plans an audit; auditors must not belong to the audited unit.")
            .WithPermission(manage);
        api.MapPut("/{id:guid}", (IAuditAppService s, Guid id, SaveAuditInput input, CancellationToken ct) => s.UpdateAsync(id, input, ct))
            .WithName("InformationManagement_UpdateAudit").WithSummary("Edits a planned or running audit.")
            .WithPermission(manage);
        api.MapPost("/{id:guid}/state", (IAuditAppService s, Guid id, MoveAuditRequest r, CancellationToken ct) =>
                s.MoveAsync(id, r.To, r.Version, ct))
            .WithName("InformationManagement_MoveAudit").WithSummary("Moves an audit one step: in progress, reported, closed.")
            .WithPermission(manage);
        api.MapPost("/{id:guid}/questions", (IAuditAppService s, Guid id, SaveChecklistItemInput input, CancellationToken ct) =>
                s.AddQuestionAsync(id, input, ct))
            .WithName("InformationManagement_AddAuditQuestion").WithSummary("Adds a checklist question.")
            .WithPermission(manage);
        api.MapPut("/{id:guid}/questions/{itemId:guid}", (IAuditAppService s, Guid id, Guid itemId, SaveChecklistItemInput input,
                CancellationToken ct) => s.AnswerAsync(id, itemId, input, ct))
            .WithName("InformationManagement_AnswerAuditQuestion").WithSummary("Records the answer and evidence of a checklist question.")
            .WithPermission(manage);
        api.MapPost("/{id:guid}/findings", (IAuditAppService s, Guid id, SaveFindingInput input, CancellationToken ct) =>
                s.AddFindingAsync(id, input, ct))
            .WithName("InformationManagement_AddAuditFinding").WithSummary("Records a nonconformity, observation or opportunity.")
            .WithPermission(manage);
        api.MapPost("/{id:guid}/findings/{findingId:guid}/capa", (IAuditAppService s, Guid id, Guid findingId, RaiseCapaInput input,
                CancellationToken ct) => s.RaiseCapaAsync(id, findingId, input, ct))
            .WithName("InformationManagement_RaiseAuditCapa").WithSummary("Raises a nonconformity as a CAPA item (once).")
            .WithPermission(manage);
    }
}
