using Ektu.Qa.Kernel.Web;
using Ektu.Qa.ExternalAccreditation.Permissions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.ExternalAccreditation.Readiness;

/// <summary>REST endpoints under /api/external-accreditation/readiness; the app service checks permission and scope.</summary>
internal sealed class ReadinessApi : IEndpointContributor
{
    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapFeature("/api/external-accreditation/readiness", "ExternalAccreditation.Readiness");
        api.MapGet("/summary", (IReadinessAppService s, CancellationToken ct) => s.GetSummaryAsync(ct))
            .WithName("ExternalAccreditation_GetReadinessSummary").WithSummary("Summarises accreditation readiness by standard");
        api.MapGet("/recommendations", (IReadinessAppService s, CancellationToken ct) => s.GetRecommendationsAsync(ct))
            .WithName("ExternalAccreditation_ListRecommendations").WithSummary("Lists external reviewers' recommendations")
            .WithPermission(ExternalAccreditationPermissions.Readiness.Default);
        api.MapPost("/recommendations", (IReadinessAppService s, SaveRecommendationInput input, CancellationToken ct) =>
                s.AddRecommendationAsync(input, ct).Created(x => $"/api/external-accreditation/readiness/recommendations/{x.Id}"))
            .WithName("ExternalAccreditation_AddRecommendation").WithSummary("Records an external reviewer's recommendation")
            .WithPermission(ExternalAccreditationPermissions.Readiness.Manage);
        api.MapPost("/recommendations/{id:guid}/status", (IReadinessAppService s, Guid id, StatusRequest r, CancellationToken ct) =>
            s.SetRecommendationStatusAsync(id, r.Status, r.Note, r.Version, ct))
            .WithName("ExternalAccreditation_SetRecommendationStatus").WithSummary("Sets the status of a recommendation")
            .WithPermission(ExternalAccreditationPermissions.Readiness.Manage);
        api.MapGet("/evidence", (IReadinessAppService s, int? esgStandard, string? programme, bool? staleOnly, CancellationToken ct) =>
            s.GetEvidenceAsync(new EvidenceFilter { EsgStandard = esgStandard, Programme = programme, StaleOnly = staleOnly ?? false }, ct))
            .WithName("ExternalAccreditation_ListEvidence").WithSummary("Lists readiness evidence")
            .WithPermission(ExternalAccreditationPermissions.Readiness.Default);
        api.MapPost("/evidence", (IReadinessAppService s, SaveEvidenceDocumentInput input, CancellationToken ct) =>
                s.AddEvidenceAsync(input, ct).Created(x => $"/api/external-accreditation/readiness/evidence/{x.Id}"))
            .WithName("ExternalAccreditation_AddEvidence").WithSummary("Adds readiness evidence for a standard")
            .WithPermission(ExternalAccreditationPermissions.Readiness.Manage);
        api.MapPut("/evidence/{id:guid}", (IReadinessAppService s, Guid id, SaveEvidenceDocumentInput input, CancellationToken ct) =>
            s.UpdateEvidenceAsync(id, input, ct))
            .WithName("ExternalAccreditation_UpdateEvidence").WithSummary("Updates readiness evidence")
            .WithPermission(ExternalAccreditationPermissions.Readiness.Manage);
    }

    internal sealed record StatusRequest(RecommendationStatus Status, string? Note, int Version);
}
