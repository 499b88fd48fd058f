using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QualityPolicy.Acknowledgements;
using Ektu.Qa.QualityPolicy.Documents;
using Ektu.Qa.QualityPolicy.Holidays;
using Ektu.Qa.QualityPolicy.Kpis;
using Ektu.Qa.QualityPolicy.Standards;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.QualityPolicy.Web;

/// <summary>REST endpoints under /api/quality-policy; each calls the app service, which checks permission and scope.</summary>
internal sealed class QualityPolicyApi : IEndpointContributor
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/quality-policy").WithTags("QualityPolicy").RequireAuthorization();

        var docs = api.MapGroup("/documents");
        docs.MapGet("", (IPolicyDocumentAppService s, [AsParameters] DocumentListQuery q, CancellationToken ct) => s.GetListAsync(q.ToInput(), ct));
        docs.MapGet("/export", async (IPolicyDocumentAppService s, [AsParameters] DocumentListQuery q, CancellationToken ct) =>
        {
            var ms = new MemoryStream();
            await s.ExportAsync(q.ToInput(), ms, ct);
            ms.Position = 0;
            return Results.File(ms, Xlsx, "documents.xlsx");
        });
        docs.MapGet("/overdue-reviews", (IPolicyDocumentAppService s, int? page, int? pageSize, CancellationToken ct) =>
            s.GetOverdueReviewsAsync(page ?? 1, pageSize ?? 50, ct));
        docs.MapGet("/{id:guid}", (IPolicyDocumentAppService s, Guid id, CancellationToken ct) => s.GetAsync(id, ct));
        docs.MapPost("", async (IPolicyDocumentAppService s, SavePolicyDocumentInput input, CancellationToken ct) =>
        {
            var d = await s.CreateAsync(input, ct);
            return Results.Created($"/api/quality-policy/documents/{d.Id}", d);
        });
        docs.MapPut("/{id:guid}", (IPolicyDocumentAppService s, Guid id, SavePolicyDocumentInput input, CancellationToken ct) =>
            s.UpdateAsync(id, input, ct));
        docs.MapGet("/{id:guid}/editions", (IPolicyDocumentAppService s, Guid id, CancellationToken ct) => s.GetEditionsAsync(id, ct));
        // Multipart upload (fields "file" and "version") for API clients with bearer tokens; the form is read by hand so
        // no form binding adds antiforgery checks. A call with the sign-in cookie must carry the antiforgery header
        // (Kernel's ApiAntiforgeryMiddleware), so a foreign page cannot post one.
        docs.MapPost("/{id:guid}/editions", async (IPolicyDocumentAppService s, Guid id, HttpRequest request, CancellationToken ct) =>
        {
            var (fileName, version, stream) = await request.ReadUploadAsync(ct);
            await using var content = stream;
            var e = await s.UploadEditionAsync(id, new UploadEditionInput { FileName = fileName, Content = content, Version = version }, ct);
            return Results.Created($"/api/quality-policy/editions/{e.Id}/file", e);
        });
        docs.MapPost("/{id:guid}/approve", (IPolicyDocumentAppService s, Guid id, ApproveEditionInput input, CancellationToken ct) =>
            s.ApproveAsync(id, input, ct));
        docs.MapPost("/{id:guid}/enforce", (IPolicyDocumentAppService s, Guid id, EnforceEditionInput input, CancellationToken ct) =>
            s.PutInForceAsync(id, input, ct));
        docs.MapPost("/{id:guid}/cancel", (IPolicyDocumentAppService s, Guid id, VersionRequest r, CancellationToken ct) =>
            s.CancelAsync(id, r.Version, ct));
        docs.MapPost("/{id:guid}/supersede", (IPolicyDocumentAppService s, Guid id, VersionRequest r, CancellationToken ct) =>
            s.SupersedeAsync(id, r.Version, ct));
        docs.MapGet("/{id:guid}/changes", (IPolicyDocumentAppService s, Guid id, CancellationToken ct) => s.GetChangesAsync(id, ct));
        docs.MapPost("/{id:guid}/changes", (IPolicyDocumentAppService s, Guid id, AddDocumentChangeInput input, CancellationToken ct) =>
            s.AddChangeAsync(id, input, ct));

        api.MapGet("/editions/{id:guid}/file", async (IPolicyDocumentAppService s, Guid id, CancellationToken ct) =>
            (await s.DownloadAsync(id, ct)).ToResult()).WithName("QualityPolicy.EditionFile");
        api.MapGet("/editions/{id:guid}/acknowledgements", (IAcknowledgementAppService s, Guid id, CancellationToken ct) => s.GetSheetAsync(id, ct));
        api.MapGet("/editions/{id:guid}/acknowledgements/export", async (IAcknowledgementAppService s, Guid id, CancellationToken ct) =>
        {
            var ms = new MemoryStream();
            var fileName = await s.ExportSheetAsync(id, ms, ct);
            ms.Position = 0;
            return Results.File(ms, Xlsx, fileName);
        });

        api.MapGet("/acknowledgements/mine", (IAcknowledgementAppService s, bool? pendingOnly, CancellationToken ct) =>
            s.GetMineAsync(pendingOnly ?? false, ct));
        api.MapGet("/acknowledgements/overdue", (IAcknowledgementAppService s, int? page, int? pageSize, CancellationToken ct) =>
            s.GetOverdueAsync(page ?? 1, pageSize ?? 50, ct));
        api.MapPost("/acknowledgements/{id:guid}/acknowledge", (IAcknowledgementAppService s, Guid id, VersionRequest r, CancellationToken ct) =>
            s.AcknowledgeAsync(id, r.Version, ct));

        api.MapGet("/standards", (IStandardAppService s, CancellationToken ct) => s.GetListAsync(ct));
        api.MapGet("/standards/{id:guid}", (IStandardAppService s, Guid id, CancellationToken ct) => s.GetAsync(id, ct));
        api.MapPut("/standards/{id:guid}", (IStandardAppService s, Guid id, UpdateStandardInput input, CancellationToken ct) =>
            s.UpdateAsync(id, input, ct));

        api.MapGet("/kpis/goals", (IKpiAppService s, CancellationToken ct) => s.GetGoalsAsync(ct));
        api.MapPost("/kpis/goals", (IKpiAppService s, SaveStrategicGoalInput input, CancellationToken ct) => s.CreateGoalAsync(input, ct));
        api.MapPost("/kpis/indicators", (IKpiAppService s, SaveIndicatorInput input, CancellationToken ct) => s.CreateIndicatorAsync(input, ct));
        api.MapGet("/kpis/indicators/{id:guid}", (IKpiAppService s, Guid id, CancellationToken ct) => s.GetIndicatorAsync(id, ct));
        api.MapPost("/kpis/indicators/{id:guid}/targets", (IKpiAppService s, Guid id, IndicatorValueInput input, CancellationToken ct) =>
            s.SetTargetAsync(id, input, ct));
        api.MapPost("/kpis/indicators/{id:guid}/actuals", (IKpiAppService s, Guid id, IndicatorValueInput input, CancellationToken ct) =>
            s.RecordActualAsync(id, input, ct));

        api.MapGet("/holidays", (IHolidayAppService s, int year, CancellationToken ct) => s.GetYearAsync(year, ct));
        api.MapPost("/holidays", (IHolidayAppService s, SaveHolidayInput input, CancellationToken ct) => s.AddAsync(input, ct));
        api.MapDelete("/holidays/{id:guid}", async (IHolidayAppService s, Guid id, int version, CancellationToken ct) =>
        {
            await s.RemoveAsync(id, version, ct);
            return Results.NoContent();
        });
    }

    internal sealed record VersionRequest(int Version);

    /// <summary>Query-string form of <see cref="DocumentListInput"/>.</summary>
    internal sealed record DocumentListQuery(string? Search, DocumentType? Type, DocumentState? State, int? Page, int? PageSize)
    {
        public DocumentListInput ToInput() => new() { Search = Search, Type = Type, State = State, Page = Page ?? 1, PageSize = PageSize ?? 50 };
    }
}
