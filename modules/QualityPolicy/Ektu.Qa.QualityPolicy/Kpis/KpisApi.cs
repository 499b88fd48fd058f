using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QualityPolicy.Permissions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.QualityPolicy.Kpis;

/// <summary>REST endpoints of KPI goals, indicators, targets and actuals under /api/quality-policy; the app service checks the permission.</summary>
internal sealed class KpisApi : IEndpointContributor
{
    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapFeature("/api/quality-policy", "QualityPolicy");

        api.MapGet("/kpis/goals", (IKpiAppService s, CancellationToken ct) => s.GetGoalsAsync(ct))
            .WithName("QualityPolicy_ListKpiGoals").WithSummary("Lists KPI goals with their indicators")
            .WithPermission(QualityPolicyPermissions.Kpis.Default);
        api.MapPost("/kpis/goals", (IKpiAppService s, SaveStrategicGoalInput input, CancellationToken ct) => s.CreateGoalAsync(input, ct))
            .WithName("QualityPolicy_CreateKpiGoal").WithSummary("Creates a KPI goal").WithPermission(QualityPolicyPermissions.Kpis.Manage);
        api.MapPost("/kpis/indicators", (IKpiAppService s, SaveIndicatorInput input, CancellationToken ct) => s.CreateIndicatorAsync(input, ct))
            .WithName("QualityPolicy_CreateKpiIndicator").WithSummary("Creates a KPI indicator under a goal")
            .WithPermission(QualityPolicyPermissions.Kpis.Manage);
        api.MapGet("/kpis/indicators/{id:guid}", (IKpiAppService s, Guid id, CancellationToken ct) => s.GetIndicatorAsync(id, ct))
            .WithName("QualityPolicy_GetKpiIndicator").WithSummary("Gets one KPI indicator with targets and actuals")
            .WithPermission(QualityPolicyPermissions.Kpis.Default);
        api.MapPost("/kpis/indicators/{id:guid}/targets", (IKpiAppService s, Guid id, IndicatorValueInput input, CancellationToken ct) =>
            s.SetTargetAsync(id, input, ct))
            .WithName("QualityPolicy_SetKpiTarget").WithSummary("Sets an indicator's target for a year")
            .WithPermission(QualityPolicyPermissions.Kpis.Manage);
        api.MapPost("/kpis/indicators/{id:guid}/actuals", (IKpiAppService s, Guid id, IndicatorValueInput input, CancellationToken ct) =>
            s.RecordActualAsync(id, input, ct))
            .WithName("QualityPolicy_RecordKpiActual").WithSummary("Records an indicator's actual value for a year")
            .WithPermission(QualityPolicyPermissions.Kpis.Manage);
    }
}
