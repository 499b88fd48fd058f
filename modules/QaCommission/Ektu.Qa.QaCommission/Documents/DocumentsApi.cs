using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QaCommission.Permissions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.QaCommission.Documents;

/// <summary>
/// GET /api/qa-commission/commissions/{id}/documents?year=&amp;kind=&amp;search= — the commission's archive; each row
/// downloads from the endpoint of its kind (order, materials, meetings/{id}/minutes or /scan, evidence, reports).
/// </summary>
internal sealed class DocumentsApi : IEndpointContributor
{
    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapFeature("/api/qa-commission", "QaCommission");
        api.MapGet("/commissions/{id:guid}/documents",
            (IDocumentArchiveAppService s, Guid id, int? year, DocumentKind? kind, string? search, CancellationToken ct) =>
            s.GetDocumentsAsync(id, new DocumentFilter { AcademicYear = year, Kind = kind, Search = search }, ct))
            .WithName("QaCommission_ListCommissionDocuments").WithSummary("Lists a commission's documents: orders, materials, minutes, reports")
            .WithPermission(QaCommissionPermissions.Commissions.Default);
    }
}
