using Ektu.Qa.ExternalAccreditation.Permissions;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.ExternalAccreditation.Assessments;

/// <summary>REST endpoints under /api/external-accreditation/assessments; the app service checks permission and scope.</summary>
internal sealed class AssessmentsApi : IEndpointContributor
{
    public const string Route = "/api/external-accreditation/assessments";

    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapFeature(Route, "ExternalAccreditation.Assessments");
        const string view = ExternalAccreditationPermissions.Assessments.Default;
        const string manage = ExternalAccreditationPermissions.Assessments.Manage;
        api.MapGet("", (IAssessmentAppService s, CancellationToken ct) => s.GetListAsync(ct))
            .WithName("ExternalAccreditation_ListAssessments").WithSummary("External assessment procedures in the caller's scope.")
            .WithPermission(view);
        api.MapGet("/export", async (IAssessmentAppService s, AssessmentExport export, CancellationToken ct) => export.File(await s.GetListAsync(ct)))
            .WithName("ExternalAccreditation_ExportAssessments").WithSummary("The procedures as an Excel workbook.").WithPermission(view);
        api.MapGet("/{id:guid}", (IAssessmentAppService s, Guid id, CancellationToken ct) => s.GetAsync(id, ct))
            .WithName("ExternalAccreditation_GetAssessment").WithSummary("A procedure with its steps, documents and improvement plan.")
            .WithPermission(view);
        api.MapPost("", (IAssessmentAppService s, StartAssessmentInput input, CancellationToken ct) =>
                s.StartAsync(input, ct).Created(a => $"{Route}/{a.Id}"))
            .WithName("ExternalAccreditation_StartAssessment")
            .WithSummary("Opens the pending accreditation and starts the ea-external-assessment process.").WithPermission(manage);
        api.MapPost("/{id:guid}/steps", (IAssessmentAppService s, Guid id, CompleteStepInput input, CancellationToken ct) =>
                s.CompleteStepAsync(id, input, ct).NoContent())
            .WithName("ExternalAccreditation_CompleteAssessmentStep").WithSummary("Completes the procedure's current step.").WithPermission(manage);
        api.MapPost("/{id:guid}/decision", (IAssessmentAppService s, Guid id, RecordDecisionInput input, CancellationToken ct) =>
                s.RecordDecisionAsync(id, input, ct).NoContent())
            .WithName("ExternalAccreditation_RecordAssessmentDecision").WithSummary("Records the agency's decision on the accreditation.")
            .WithPermission(manage);
        api.MapPost("/{id:guid}/plan", (IAssessmentAppService s, Guid id, AddPlanItemInput input, CancellationToken ct) =>
                s.AddPlanItemAsync(id, input, ct))
            .WithName("ExternalAccreditation_AddAssessmentPlanItem").WithSummary("Raises an improvement plan item as a CAPA item.")
            .WithPermission(manage);
        api.MapPost("/{id:guid}/steps/{step}/documents", async (IAssessmentAppService s, Guid id, string step, HttpRequest request,
                CancellationToken ct) =>
            {
                var upload = await request.ReadUploadAsync(ct);
                return await s.UploadAsync(id, step, upload.FileName, upload.Content, ct);
            })
            .WithName("ExternalAccreditation_UploadAssessmentDocument").WithSummary("Attaches a document to one step (multipart part 'file').")
            .WithPermission(manage).DisableAntiforgery();
        api.MapGet("/{id:guid}/documents/{documentId:guid}", async (IAssessmentAppService s, Guid id, Guid documentId, CancellationToken ct) =>
                (await s.DownloadAsync(id, documentId, ct)).ToResult())
            .WithName("ExternalAccreditation_DownloadAssessmentDocument").WithSummary("One document of the procedure.").WithPermission(view);
    }
}
