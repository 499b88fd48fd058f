using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QaCommission.Permissions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.QaCommission.Readiness;

/// <summary>REST endpoints under /api/qa-commission/readiness; the app service checks permission and scope.</summary>
internal sealed class ReadinessApi : IEndpointContributor
{
    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/qa-commission/readiness").WithTags("QaCommission.Readiness").RequireAuthorization();
        api.MapGet("/summary", (IReadinessAppService s, CancellationToken ct) => s.GetSummaryAsync(ct))
            .WithName("QaCommission_GetReadinessSummary").WithSummary("Summarises accreditation readiness by standard");
        api.MapGet("/recommendations", (IReadinessAppService s, CancellationToken ct) => s.GetRecommendationsAsync(ct))
            .WithName("QaCommission_ListRecommendations").WithSummary("Lists external reviewers' recommendations")
            .WithPermission(QaCommissionPermissions.Readiness.Default);
        api.MapPost("/recommendations", async (IReadinessAppService s, SaveRecommendationInput input, CancellationToken ct) =>
        {
            var x = await s.AddRecommendationAsync(input, ct);
            return Results.Created($"/api/qa-commission/readiness/recommendations/{x.Id}", x);
        })
            .WithName("QaCommission_AddRecommendation").WithSummary("Records an external reviewer's recommendation")
            .WithPermission(QaCommissionPermissions.Readiness.Manage);
        api.MapPost("/recommendations/{id:guid}/status", (IReadinessAppService s, Guid id, StatusRequest r, CancellationToken ct) =>
            s.SetRecommendationStatusAsync(id, r.Status, r.Note, r.Version, ct))
            .WithName("QaCommission_SetRecommendationStatus").WithSummary("Sets the status of a recommendation")
            .WithPermission(QaCommissionPermissions.Readiness.Manage);
        api.MapGet("/evidence", (IReadinessAppService s, int? esgStandard, string? programme, bool? staleOnly, CancellationToken ct) =>
            s.GetEvidenceAsync(new EvidenceFilter { EsgStandard = esgStandard, Programme = programme, StaleOnly = staleOnly ?? false }, ct))
            .WithName("QaCommission_ListEvidence").WithSummary("Lists readiness evidence").WithPermission(QaCommissionPermissions.Readiness.Default);
        api.MapPost("/evidence", async (IReadinessAppService s, SaveEvidenceDocumentInput input, CancellationToken ct) =>
        {
            var x = await s.AddEvidenceAsync(input, ct);
            return Results.Created($"/api/qa-commission/readiness/evidence/{x.Id}", x);
        })
            .WithName("QaCommission_AddEvidence").WithSummary("Adds readiness evidence for a standard")
            .WithPermission(QaCommissionPermissions.Readiness.Manage);
        api.MapPut("/evidence/{id:guid}", (IReadinessAppService s, Guid id, SaveEvidenceDocumentInput input, CancellationToken ct) =>
            s.UpdateEvidenceAsync(id, input, ct))
            .WithName("QaCommission_UpdateEvidence").WithSummary("Updates readiness evidence")
            .WithPermission(QaCommissionPermissions.Readiness.Manage);
    }

    internal sealed record StatusRequest(RecommendationStatus Status, string? Note, int Version);
}
