using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QualityPolicy.Permissions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.QualityPolicy.Documents;

/// <summary>
/// REST endpoints of policy documents, their editions and change log under /api/quality-policy; the app service checks the permission.
/// </summary>
internal sealed class DocumentsApi : IEndpointContributor
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapFeature("/api/quality-policy", "QualityPolicy");
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
        docs.MapPost("", (IPolicyDocumentAppService s, SavePolicyDocumentInput input, CancellationToken ct) =>
                s.CreateAsync(input, ct).Created(d => $"/api/quality-policy/documents/{d.Id}"))
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
    }

    /// <summary>Query-string form of <see cref="DocumentListInput"/>.</summary>
    internal sealed record DocumentListQuery(string? Search, DocumentType? Type, DocumentState? State, int? Page, int? PageSize)
    {
        public DocumentListInput ToInput() => new() { Search = Search, Type = Type, State = State, Page = Page ?? 1, PageSize = PageSize ?? 50 };
    }
}
