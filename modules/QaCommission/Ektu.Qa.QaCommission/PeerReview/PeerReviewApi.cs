using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QaCommission.Permissions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.QaCommission.PeerReview;

/// <summary>REST endpoints under /api/qa-commission/peer-review; the app service checks permission and scope.</summary>
internal sealed class PeerReviewApi : IEndpointContributor
{
    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapFeature("/api/qa-commission/peer-review", "QaCommission.PeerReview");
        api.MapGet("/templates", (IPeerReviewAppService s, CancellationToken ct) => s.GetTemplatesAsync(ct))
            .WithName("QaCommission_ListPeerReviewTemplates").WithSummary("Lists peer-review observation templates")
            .WithPermission(QaCommissionPermissions.PeerReview.Default);
        api.MapPost("/templates", (IPeerReviewAppService s, SaveTemplateInput input, CancellationToken ct) => s.CreateTemplateAsync(input, ct))
            .WithName("QaCommission_CreatePeerReviewTemplate").WithSummary("Creates a peer-review observation template")
            .WithPermission(QaCommissionPermissions.PeerReview.Manage);
        api.MapPost("/templates/{id:guid}/active", (IPeerReviewAppService s, Guid id, ActiveRequest r, CancellationToken ct) =>
            s.SetTemplateActiveAsync(id, r.Active, r.Version, ct))
            .WithName("QaCommission_SetPeerReviewTemplateActive").WithSummary("Activates or retires a peer-review template")
            .WithPermission(QaCommissionPermissions.PeerReview.Manage);
        api.MapGet("/observations", (IPeerReviewAppService s, DateOnly? from, DateOnly? to, CancellationToken ct) => s.GetListAsync(from, to, ct))
            .WithName("QaCommission_ListObservations").WithSummary("Lists peer-review observations, filtered and paged")
            .WithPermission(QaCommissionPermissions.PeerReview.Manage);
        api.MapGet("/observations/mine", (IPeerReviewAppService s, CancellationToken ct) => s.GetMineAsync(ct))
            .WithName("QaCommission_ListMyObservations").WithSummary("Lists the caller's observations as observer or observed")
            .WithPermission(QaCommissionPermissions.PeerReview.Default);
        api.MapGet("/observations/{id:guid}", (IPeerReviewAppService s, Guid id, CancellationToken ct) => s.GetAsync(id, ct))
            .WithName("QaCommission_GetObservation").WithSummary("Gets one peer-review observation");
        api.MapPost("/observations", (IPeerReviewAppService s, PlanObservationInput input, CancellationToken ct) =>
                s.PlanAsync(input, ct).Created(x => $"/api/qa-commission/peer-review/observations/{x.Id}"))
            .WithName("QaCommission_PlanObservation").WithSummary("Plans a peer-review observation of a teacher's class")
            .WithPermission(QaCommissionPermissions.PeerReview.Manage);
        api.MapPost("/observations/{id:guid}/submit", (IPeerReviewAppService s, Guid id, SubmitObservationInput input, CancellationToken ct) =>
            s.SubmitAsync(id, input, ct))
            .WithName("QaCommission_SubmitObservation").WithSummary("Submits an observer's scores and comments");
        api.MapPost("/observations/{id:guid}/acknowledge", (IPeerReviewAppService s, Guid id, AcknowledgeRequest r, CancellationToken ct) =>
            s.AcknowledgeAsync(id, r.Comment, r.Version, ct))
            .WithName("QaCommission_AcknowledgeObservation").WithSummary("The observed teacher acknowledges the observation");
        api.MapGet("/summary/{unitId:guid}", (IPeerReviewAppService s, Guid unitId, DateOnly from, DateOnly to, CancellationToken ct) =>
            s.GetSummaryAsync(unitId, from, to, ct))
            .WithName("QaCommission_GetPeerReviewSummary").WithSummary("Summarises peer-review observations in a unit")
            .WithPermission(QaCommissionPermissions.PeerReview.Manage);
    }

    internal sealed record ActiveRequest(bool Active, int Version);

    internal sealed record AcknowledgeRequest(string? Comment, int Version);
}
