using Ektu.Qa.Kernel.Web;
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
        api.MapGet("/summary", (IReadinessAppService s, CancellationToken ct) => s.GetSummaryAsync(ct));
        api.MapGet("/recommendations", (IReadinessAppService s, CancellationToken ct) => s.GetRecommendationsAsync(ct));
        api.MapPost("/recommendations", async (IReadinessAppService s, SaveRecommendationInput input, CancellationToken ct) =>
        {
            var x = await s.AddRecommendationAsync(input, ct);
            return Results.Created($"/api/qa-commission/readiness/recommendations/{x.Id}", x);
        });
        api.MapPost("/recommendations/{id:guid}/status", (IReadinessAppService s, Guid id, StatusRequest r, CancellationToken ct) =>
            s.SetRecommendationStatusAsync(id, r.Status, r.Note, r.Version, ct));
        api.MapGet("/evidence", (IReadinessAppService s, int? esgStandard, string? programme, bool? staleOnly, CancellationToken ct) =>
            s.GetEvidenceAsync(new EvidenceFilter { EsgStandard = esgStandard, Programme = programme, StaleOnly = staleOnly ?? false }, ct));
        api.MapPost("/evidence", async (IReadinessAppService s, SaveEvidenceDocumentInput input, CancellationToken ct) =>
        {
            var x = await s.AddEvidenceAsync(input, ct);
            return Results.Created($"/api/qa-commission/readiness/evidence/{x.Id}", x);
        });
        api.MapPut("/evidence/{id:guid}", (IReadinessAppService s, Guid id, SaveEvidenceDocumentInput input, CancellationToken ct) => s.UpdateEvidenceAsync(id, input, ct));
    }

    internal sealed record StatusRequest(RecommendationStatus Status, string? Note, int Version);
}
