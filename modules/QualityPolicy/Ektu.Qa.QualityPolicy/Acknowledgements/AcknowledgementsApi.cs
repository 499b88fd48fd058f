using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QualityPolicy.Permissions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.QualityPolicy.Acknowledgements;

/// <summary>REST endpoints of acknowledgements of editions under /api/quality-policy; the app service checks the permission.</summary>
internal sealed class AcknowledgementsApi : IEndpointContributor
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapFeature("/api/quality-policy", "QualityPolicy");

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
    }
}
