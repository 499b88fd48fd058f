using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.QaCommission.PeerReview;

/// <summary>REST endpoints under /api/qa-commission/peer-review; the app service checks permission and scope.</summary>
internal sealed class PeerReviewApi : IEndpointContributor
{
    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/qa-commission/peer-review").WithTags("QaCommission.PeerReview").RequireAuthorization();
        api.MapGet("/templates", (IPeerReviewAppService s, CancellationToken ct) => s.GetTemplatesAsync(ct));
        api.MapPost("/templates", (IPeerReviewAppService s, SaveTemplateInput input, CancellationToken ct) => s.CreateTemplateAsync(input, ct));
        api.MapPost("/templates/{id:guid}/active", (IPeerReviewAppService s, Guid id, ActiveRequest r, CancellationToken ct) => s.SetTemplateActiveAsync(id, r.Active, r.Version, ct));
        api.MapGet("/observations", (IPeerReviewAppService s, DateOnly? from, DateOnly? to, CancellationToken ct) => s.GetListAsync(from, to, ct));
        api.MapGet("/observations/mine", (IPeerReviewAppService s, CancellationToken ct) => s.GetMineAsync(ct));
        api.MapGet("/observations/{id:guid}", (IPeerReviewAppService s, Guid id, CancellationToken ct) => s.GetAsync(id, ct));
        api.MapPost("/observations", async (IPeerReviewAppService s, PlanObservationInput input, CancellationToken ct) =>
        {
            var x = await s.PlanAsync(input, ct);
            return Results.Created($"/api/qa-commission/peer-review/observations/{x.Id}", x);
        });
        api.MapPost("/observations/{id:guid}/submit", (IPeerReviewAppService s, Guid id, SubmitObservationInput input, CancellationToken ct) => s.SubmitAsync(id, input, ct));
        api.MapPost("/observations/{id:guid}/acknowledge", (IPeerReviewAppService s, Guid id, AcknowledgeRequest r, CancellationToken ct) =>
            s.AcknowledgeAsync(id, r.Comment, r.Version, ct));
        api.MapGet("/summary/{unitId:guid}", (IPeerReviewAppService s, Guid unitId, DateOnly from, DateOnly to, CancellationToken ct) => s.GetSummaryAsync(unitId, from, to, ct));
    }

    internal sealed record ActiveRequest(bool Active, int Version);

    internal sealed record AcknowledgeRequest(string? Comment, int Version);
}
