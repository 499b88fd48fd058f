using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QaCommission.Permissions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.QaCommission.Plans;

/// <summary>
/// REST endpoints under /api/qa-commission for work plans and monitoring events;
/// the app service checks permission and scope.
/// </summary>
internal sealed class PlansApi : IEndpointContributor
{
    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapFeature("/api/qa-commission", "QaCommission");
        var commissions = api.MapGroup("/commissions");
        var plans = api.MapGroup("/plans");

        commissions.MapGet("/{id:guid}/plans", (IPlanAppService s, Guid id, CancellationToken ct) => s.GetPlansAsync(id, ct))
            .WithName("QaCommission_ListPlans").WithSummary("Lists a commission's work plans")
            .WithPermission(QaCommissionPermissions.Commissions.Default);
        commissions.MapPost("/{id:guid}/plans", (IPlanAppService s, Guid id, CreatePlanRequest r, CancellationToken ct) =>
            s.CreatePlanAsync(id, r.AcademicYear, ct))
            .WithName("QaCommission_CreatePlan").WithSummary("Creates a work plan for an academic year")
            .WithPermission(QaCommissionPermissions.Plans.Manage);
        commissions.MapGet("/{id:guid}/monitoring-events", (IPlanAppService s, Guid id, CancellationToken ct) => s.GetEventsAsync(id, ct))
            .WithName("QaCommission_ListMonitoringEvents").WithSummary("Lists a commission's monitoring events")
            .WithPermission(QaCommissionPermissions.Commissions.Default);
        commissions.MapPost("/{id:guid}/monitoring-events", (IPlanAppService s, Guid id, SaveMonitoringEventInput input, CancellationToken ct) =>
            s.AddEventAsync(id, input, ct))
            .WithName("QaCommission_AddMonitoringEvent").WithSummary("Adds a monitoring event").WithPermission(QaCommissionPermissions.Plans.Manage);
        plans.MapPost("/{id:guid}/items", (IPlanAppService s, Guid id, SaveWorkPlanItemInput input, CancellationToken ct) =>
            s.AddItemAsync(id, input, ct))
            .WithName("QaCommission_AddPlanItem").WithSummary("Adds an item to a work plan");
        plans.MapPost("/{id:guid}/status", (IPlanAppService s, Guid id, PlanStatusRequest r, CancellationToken ct) =>
            s.SetStatusAsync(id, r.Status, r.ApprovedOn, r.Version, ct))
            .WithName("QaCommission_SetPlanStatus").WithSummary("Sets the status of a work plan");
        plans.MapPost("/{id:guid}/submit", (IPlanAppService s, Guid id, VersionRequest r, CancellationToken ct) =>
            s.SubmitForApprovalAsync(id, r.Version, ct))
            .WithName("QaCommission_SubmitPlan").WithSummary("Submits a work plan for approval").WithPermission(QaCommissionPermissions.Plans.Manage);
        api.MapDelete("/monitoring-events/{id:guid}", (IPlanAppService s, Guid id, int version, CancellationToken ct) =>
                s.RemoveEventAsync(id, version, ct).NoContent())
            .WithName("QaCommission_RemoveMonitoringEvent").WithSummary("Removes a monitoring event");
    }

    internal sealed record CreatePlanRequest(int AcademicYear);

    internal sealed record PlanStatusRequest(WorkPlanStatus Status, DateOnly? ApprovedOn, int Version);
}
