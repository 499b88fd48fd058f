using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QualityPolicy.Acknowledgements;
using Ektu.Qa.QualityPolicy.Holidays;
using Ektu.Qa.QualityPolicy.Kpis;
using Ektu.Qa.QualityPolicy.Permissions;
using Ektu.Qa.QualityPolicy.Standards;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.QualityPolicy.Documents;

/// <summary>REST endpoints under /api/quality-policy; each calls the app service, which checks permission and scope.</summary>
internal sealed class QualityPolicyApi : IEndpointContributor
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/quality-policy").WithTags("QualityPolicy").RequireAuthorization();

        var docs = api.MapGroup("/documents");
        docs.MapGet("", (IPolicyDocumentAppService s, [AsParameters] DocumentListQuery q, CancellationToken ct) => s.GetListAsync(q.ToInput(), ct))
            .WithName("QualityPolicy_ListDocuments").WithSummary("Lists policy documents, filtered and paged")
            .WithPermission(QualityPolicyPermissions.Documents.Default);
        docs.MapGet("/export", async (IPolicyDocumentAppService s, [AsParameters] DocumentListQuery q, CancellationToken ct) =>
        {
            var ms = new MemoryStream();
            await s.ExportAsync(q.ToInput(), ms, ct);
            ms.Position = 0;
            return Results.File(ms, Xlsx, "documents.xlsx");
        })
            .WithName("QualityPolicy_ExportDocuments").WithSummary("Exports the filtered policy documents as a spreadsheet")
            .WithPermission(QualityPolicyPermissions.Documents.Default);
        docs.MapGet("/overdue-reviews", (IPolicyDocumentAppService s, int? page, int? pageSize, CancellationToken ct) =>
            s.GetOverdueReviewsAsync(page ?? 1, pageSize ?? 50, ct))
            .WithName("QualityPolicy_ListOverdueReviews").WithSummary("Lists policy documents whose review is overdue")
            .WithPermission(QualityPolicyPermissions.Documents.Default);
        docs.MapGet("/{id:guid}", (IPolicyDocumentAppService s, Guid id, CancellationToken ct) => s.GetAsync(id, ct))
            .WithName("QualityPolicy_GetDocument").WithSummary("Gets one policy document").WithPermission(QualityPolicyPermissions.Documents.Default);
        docs.MapPost("", async (IPolicyDocumentAppService s, SavePolicyDocumentInput input, CancellationToken ct) =>
        {
            var d = await s.CreateAsync(input, ct);
            return Results.Created($"/api/quality-policy/documents/{d.Id}", d);
        })
            .WithName("QualityPolicy_CreateDocument").WithSummary("Creates a policy document")
            .WithPermission(QualityPolicyPermissions.Documents.Manage);
        docs.MapPut("/{id:guid}", (IPolicyDocumentAppService s, Guid id, SavePolicyDocumentInput input, CancellationToken ct) =>
            s.UpdateAsync(id, input, ct))
            .WithName("QualityPolicy_UpdateDocument").WithSummary("Updates a policy document")
            .WithPermission(QualityPolicyPermissions.Documents.Manage);
        docs.MapGet("/{id:guid}/editions", (IPolicyDocumentAppService s, Guid id, CancellationToken ct) => s.GetEditionsAsync(id, ct))
            .WithName("QualityPolicy_ListEditions").WithSummary("Lists a policy document's editions")
            .WithPermission(QualityPolicyPermissions.Documents.Default);
        // Multipart upload (fields "file" and "version") for API clients with bearer tokens; the form is read by hand so
        // no form binding adds antiforgery checks. A call with the sign-in cookie must carry the antiforgery header
        // (Kernel's ApiAntiforgeryMiddleware), so a foreign page cannot post one.
        docs.MapPost("/{id:guid}/editions", async (IPolicyDocumentAppService s, Guid id, HttpRequest request, CancellationToken ct) =>
        {
            var (fileName, version, stream) = await request.ReadUploadAsync(ct);
            await using var content = stream;
            var e = await s.UploadEditionAsync(id, new UploadEditionInput { FileName = fileName, Content = content, Version = version }, ct);
            return Results.Created($"/api/quality-policy/editions/{e.Id}/file", e);
        })
            .WithName("QualityPolicy_UploadEdition").WithSummary("Uploads a new edition of a policy document (multipart)")
            .WithPermission(QualityPolicyPermissions.Documents.Manage);
        docs.MapPost("/{id:guid}/approve", (IPolicyDocumentAppService s, Guid id, ApproveEditionInput input, CancellationToken ct) =>
            s.ApproveAsync(id, input, ct))
            .WithName("QualityPolicy_ApproveDocument").WithSummary("Approves a policy document's current edition")
            .WithPermission(QualityPolicyPermissions.Documents.Approve);
        docs.MapPost("/{id:guid}/enforce", (IPolicyDocumentAppService s, Guid id, EnforceEditionInput input, CancellationToken ct) =>
            s.PutInForceAsync(id, input, ct))
            .WithName("QualityPolicy_EnforceDocument").WithSummary("Puts an approved edition in force")
            .WithPermission(QualityPolicyPermissions.Documents.Approve);
        docs.MapPost("/{id:guid}/cancel", (IPolicyDocumentAppService s, Guid id, VersionRequest r, CancellationToken ct) =>
            s.CancelAsync(id, r.Version, ct))
            .WithName("QualityPolicy_CancelDocument").WithSummary("Cancels a policy document")
            .WithPermission(QualityPolicyPermissions.Documents.Approve);
        docs.MapPost("/{id:guid}/supersede", (IPolicyDocumentAppService s, Guid id, VersionRequest r, CancellationToken ct) =>
            s.SupersedeAsync(id, r.Version, ct))
            .WithName("QualityPolicy_SupersedeDocument").WithSummary("Marks a policy document superseded")
            .WithPermission(QualityPolicyPermissions.Documents.Approve);
        docs.MapGet("/{id:guid}/changes", (IPolicyDocumentAppService s, Guid id, CancellationToken ct) => s.GetChangesAsync(id, ct))
            .WithName("QualityPolicy_ListChanges").WithSummary("Lists the change log of a policy document")
            .WithPermission(QualityPolicyPermissions.Documents.Default);
        docs.MapPost("/{id:guid}/changes", (IPolicyDocumentAppService s, Guid id, AddDocumentChangeInput input, CancellationToken ct) =>
            s.AddChangeAsync(id, input, ct))
            .WithName("QualityPolicy_AddChange").WithSummary("Adds an entry to a policy document's change log")
            .WithPermission(QualityPolicyPermissions.Documents.Manage);

        api.MapGet("/editions/{id:guid}/file", async (IPolicyDocumentAppService s, Guid id, CancellationToken ct) =>
            (await s.DownloadAsync(id, ct)).ToResult())
            .WithName("QualityPolicy_DownloadEdition").WithSummary("Downloads an edition's file")
            .WithPermission(QualityPolicyPermissions.Documents.Default);
        api.MapGet("/editions/{id:guid}/acknowledgements", (IAcknowledgementAppService s, Guid id, CancellationToken ct) => s.GetSheetAsync(id, ct))
            .WithName("QualityPolicy_GetAcknowledgementSheet").WithSummary("Gets who has and has not acknowledged an edition")
            .WithPermission(QualityPolicyPermissions.Acknowledgements.Default);
        api.MapGet("/editions/{id:guid}/acknowledgements/export", async (IAcknowledgementAppService s, Guid id, CancellationToken ct) =>
        {
            var ms = new MemoryStream();
            var fileName = await s.ExportSheetAsync(id, ms, ct);
            ms.Position = 0;
            return Results.File(ms, Xlsx, fileName);
        }).WithName("QualityPolicy_ExportAcknowledgementSheet").WithSummary("Exports an edition's acknowledgement sheet as a spreadsheet");

        api.MapGet("/acknowledgements/mine", (IAcknowledgementAppService s, bool? pendingOnly, CancellationToken ct) =>
            s.GetMineAsync(pendingOnly ?? false, ct))
            .WithName("QualityPolicy_ListMyAcknowledgements").WithSummary("Lists the editions the caller is to acknowledge")
            .WithPermission(QualityPolicyPermissions.Documents.Acknowledge);
        api.MapGet("/acknowledgements/overdue", (IAcknowledgementAppService s, int? page, int? pageSize, CancellationToken ct) =>
            s.GetOverdueAsync(page ?? 1, pageSize ?? 50, ct))
            .WithName("QualityPolicy_ListOverdueAcknowledgements").WithSummary("Lists acknowledgements past their deadline")
            .WithPermission(QualityPolicyPermissions.Acknowledgements.Default);
        api.MapPost("/acknowledgements/{id:guid}/acknowledge", (IAcknowledgementAppService s, Guid id, VersionRequest r, CancellationToken ct) =>
            s.AcknowledgeAsync(id, r.Version, ct))
            .WithName("QualityPolicy_Acknowledge").WithSummary("Acknowledges having read an edition")
            .WithPermission(QualityPolicyPermissions.Documents.Acknowledge);

        api.MapGet("/standards", (IStandardAppService s, CancellationToken ct) => s.GetListAsync(ct))
            .WithName("QualityPolicy_ListStandards").WithSummary("Lists the quality standards")
            .WithPermission(QualityPolicyPermissions.Standards.Default);
        api.MapGet("/standards/{id:guid}", (IStandardAppService s, Guid id, CancellationToken ct) => s.GetAsync(id, ct))
            .WithName("QualityPolicy_GetStandard").WithSummary("Gets one standard").WithPermission(QualityPolicyPermissions.Standards.Default);
        api.MapPut("/standards/{id:guid}", (IStandardAppService s, Guid id, UpdateStandardInput input, CancellationToken ct) =>
            s.UpdateAsync(id, input, ct))
            .WithName("QualityPolicy_UpdateStandard").WithSummary("Updates a standard").WithPermission(QualityPolicyPermissions.Standards.Manage);

        api.MapGet("/kpis/goals", (IKpiAppService s, CancellationToken ct) => s.GetGoalsAsync(ct))
            .WithName("QualityPolicy_ListKpiGoals").WithSummary("Lists KPI goals with their indicators")
            .WithPermission(QualityPolicyPermissions.Kpis.Default);
        api.MapPost("/kpis/goals", (IKpiAppService s, SaveStrategicGoalInput input, CancellationToken ct) => s.CreateGoalAsync(input, ct))
            .WithName("QualityPolicy_CreateKpiGoal").WithSummary("Creates a KPI goal").WithPermission(QualityPolicyPermissions.Kpis.Manage);
        api.MapPost("/kpis/indicators", (IKpiAppService s, SaveIndicatorInput input, CancellationToken ct) => s.CreateIndicatorAsync(input, ct))
            .WithName("QualityPolicy_CreateKpiIndicator").WithSummary("Creates a KPI indicator under a goal")
            .WithPermission(QualityPolicyPermissions.Kpis.Manage);
        api.MapGet("/kpis/indicators/{id:guid}", (IKpiAppService s, Guid id, CancellationToken ct) => s.GetIndicatorAsync(id, ct))
            .WithName("QualityPolicy_GetKpiIndicator").WithSummary("Gets one KPI indicator with targets and actuals")
            .WithPermission(QualityPolicyPermissions.Kpis.Default);
        api.MapPost("/kpis/indicators/{id:guid}/targets", (IKpiAppService s, Guid id, IndicatorValueInput input, CancellationToken ct) =>
            s.SetTargetAsync(id, input, ct))
            .WithName("QualityPolicy_SetKpiTarget").WithSummary("Sets an indicator's target for a year")
            .WithPermission(QualityPolicyPermissions.Kpis.Manage);
        api.MapPost("/kpis/indicators/{id:guid}/actuals", (IKpiAppService s, Guid id, IndicatorValueInput input, CancellationToken ct) =>
            s.RecordActualAsync(id, input, ct))
            .WithName("QualityPolicy_RecordKpiActual").WithSummary("Records an indicator's actual value for a year")
            .WithPermission(QualityPolicyPermissions.Kpis.Manage);

        api.MapGet("/holidays", (IHolidayAppService s, int year, CancellationToken ct) => s.GetYearAsync(year, ct))
            .WithName("QualityPolicy_ListHolidays").WithSummary("Lists a year's holidays and moved working days")
            .WithPermission(QualityPolicyPermissions.Holidays.Default);
        api.MapPost("/holidays", (IHolidayAppService s, SaveHolidayInput input, CancellationToken ct) => s.AddAsync(input, ct))
            .WithName("QualityPolicy_AddHoliday").WithSummary("Adds a holiday or a moved working day")
            .WithPermission(QualityPolicyPermissions.Holidays.Manage);
        api.MapDelete("/holidays/{id:guid}", async (IHolidayAppService s, Guid id, int version, CancellationToken ct) =>
        {
            await s.RemoveAsync(id, version, ct);
            return Results.NoContent();
        }).WithName("QualityPolicy_RemoveHoliday").WithSummary("Removes a holiday").WithPermission(QualityPolicyPermissions.Holidays.Manage);
    }

    internal sealed record VersionRequest(int Version);

    /// <summary>Query-string form of <see cref="DocumentListInput"/>.</summary>
    internal sealed record DocumentListQuery(string? Search, DocumentType? Type, DocumentState? State, int? Page, int? PageSize)
    {
        public DocumentListInput ToInput() => new() { Search = Search, Type = Type, State = State, Page = Page ?? 1, PageSize = PageSize ?? 50 };
    }
}
