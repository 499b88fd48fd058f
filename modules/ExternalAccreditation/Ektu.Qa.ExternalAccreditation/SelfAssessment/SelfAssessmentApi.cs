using Ektu.Qa.ExternalAccreditation.Permissions;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.ExternalAccreditation.SelfAssessment;

/// <summary>REST endpoints under /api/external-accreditation/self-assessments; the app service checks permission and scope.</summary>
internal sealed class SelfAssessmentApi : IEndpointContributor
{
    public const string Route = "/api/external-accreditation/self-assessments";

    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapFeature(Route, "ExternalAccreditation.SelfAssessment");
        const string view = ExternalAccreditationPermissions.Readiness.Default;
        const string manage = ExternalAccreditationPermissions.Readiness.Manage;
        const string standards = ExternalAccreditationPermissions.Agencies.Manage;
        api.MapGet("/standards", (ISelfAssessmentAppService s, Guid? agencyId, CancellationToken ct) => s.GetStandardsAsync(agencyId, ct))
            .WithName("ExternalAccreditation_ListSaStandards").WithSummary("Agencies' standards with their criteria and ESG mapping.")
            .WithPermission(view);
        api.MapPost("/standards", (ISelfAssessmentAppService s, SaveSaStandardInput input, CancellationToken ct) =>
                s.CreateStandardAsync(input, ct).Created(x => $"{Route}/standards/{x.Id}"))
            .WithName("ExternalAccreditation_CreateSaStandard").WithSummary("Adds a standard to an agency.").WithPermission(standards);
        api.MapPost("/criteria", (ISelfAssessmentAppService s, SaveSaCriterionInput input, CancellationToken ct) =>
                s.CreateCriterionAsync(input, ct).Created(x => $"{Route}/criteria/{x.Id}"))
            .WithName("ExternalAccreditation_CreateSaCriterion").WithSummary("Adds a criterion to a standard.").WithPermission(standards);
        api.MapPut("/criteria/{id:guid}", (ISelfAssessmentAppService s, Guid id, SaveSaCriterionInput input, CancellationToken ct) =>
                s.UpdateCriterionAsync(id, input, ct))
            .WithName("ExternalAccreditation_UpdateSaCriterion").WithSummary("Edits a criterion.").WithPermission(standards);
        api.MapGet("/evidence", (ISelfAssessmentAppService s, string? text, int? esgStandard, CancellationToken ct) =>
                s.SearchEvidenceAsync(new EvidenceSearch { Text = text, EsgStandard = esgStandard }, ct))
            .WithName("ExternalAccreditation_SearchEvidence").WithSummary("Searches the evidence library, newest first, 50 at most.")
            .WithPermission(view);
        api.MapGet("", (ISelfAssessmentAppService s, CancellationToken ct) => s.GetListAsync(ct))
            .WithName("ExternalAccreditation_ListSelfAssessments").WithSummary("Self-assessments in the caller's scope with their progress.")
            .WithPermission(view);
        api.MapGet("/{id:guid}", (ISelfAssessmentAppService s, Guid id, CancellationToken ct) => s.GetAsync(id, ct))
            .WithName("ExternalAccreditation_GetSelfAssessment").WithSummary("A self-assessment with every criterion's state.")
            .WithPermission(view);
        api.MapPost("", (ISelfAssessmentAppService s, SaveSelfAssessmentInput input, CancellationToken ct) =>
                s.CreateAsync(input, ct).Created(x => $"{Route}/{x.Id}"))
            .WithName("ExternalAccreditation_CreateSelfAssessment").WithSummary("Starts a self-assessment for an agency.").WithPermission(manage);
        api.MapPut("/{id:guid}/criteria/{criterionId:guid}/narrative", (ISelfAssessmentAppService s, Guid id, Guid criterionId,
                SaveNarrativeInput input, CancellationToken ct) => s.SaveNarrativeAsync(id, criterionId, input, ct))
            .WithName("ExternalAccreditation_SaveSaNarrative").WithSummary("Saves a criterion's narrative in kk, ru and en.")
            .WithPermission(manage);
        api.MapPost("/{id:guid}/criteria/{criterionId:guid}/evidence/{evidenceId:guid}", (ISelfAssessmentAppService s, Guid id,
                Guid criterionId, Guid evidenceId, CancellationToken ct) => s.LinkEvidenceAsync(id, criterionId, evidenceId, ct))
            .WithName("ExternalAccreditation_LinkSaEvidence").WithSummary("Links an evidence document to a criterion.").WithPermission(manage);
        api.MapDelete("/{id:guid}/criteria/{criterionId:guid}/evidence/{evidenceId:guid}", (ISelfAssessmentAppService s, Guid id,
                Guid criterionId, Guid evidenceId, CancellationToken ct) => s.UnlinkEvidenceAsync(id, criterionId, evidenceId, ct))
            .WithName("ExternalAccreditation_UnlinkSaEvidence").WithSummary("Removes an evidence link.").WithPermission(manage);
        api.MapGet("/{id:guid}/document", async (ISelfAssessmentAppService s, Guid id, CancellationToken ct) =>
            {
                var f = await s.GetDocumentAsync(id, ct);
                return Results.File(f.Content, f.ContentType, f.FileName);
            })
            .WithName("ExternalAccreditation_GetSelfAssessmentDocument").WithSummary("The whole self-assessment report as Word.")
            .WithPermission(view);
    }
}
