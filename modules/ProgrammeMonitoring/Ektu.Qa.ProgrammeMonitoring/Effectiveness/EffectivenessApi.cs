using Ektu.Qa.Kernel.Web;
using Ektu.Qa.ProgrammeMonitoring.Permissions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.ProgrammeMonitoring.Effectiveness;

/// <summary>REST endpoints of the annual effectiveness assessment.</summary>
internal sealed class EffectivenessApi : IEndpointContributor
{
    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapFeature("/api/programme-monitoring/effectiveness", "ProgrammeMonitoring.Effectiveness");
        const string read = ProgrammeMonitoringPermissions.Programmes.Default;
        const string manage = ProgrammeMonitoringPermissions.Monitoring.Manage;
        api.MapGet("/thresholds", (IEffectivenessAppService s, CancellationToken ct) => s.GetThresholdsAsync(ct))
            .WithName("ProgrammeMonitoring_ListThresholds").WithSummary("Indicator thresholds (met / at risk).").WithPermission(read);
        api.MapPut("/thresholds/{indicator}", (IEffectivenessAppService s, EffectivenessIndicator indicator, SaveThresholdInput input,
                CancellationToken ct) => s.SaveThresholdAsync(indicator, input, ct))
            .WithName("ProgrammeMonitoring_SaveThreshold").WithSummary("Sets an indicator's target and warning line.").WithPermission(manage);
        api.MapGet("/years/{year:int}", (IEffectivenessAppService s, int year, CancellationToken ct) => s.GetYearAsync(year, ct))
            .WithName("ProgrammeMonitoring_GetAssessmentYear").WithSummary("A year's indicators of every programme in scope.")
            .WithPermission(read);
        api.MapGet("/programmes/{id:guid}", (IEffectivenessAppService s, Guid id, CancellationToken ct) => s.GetProgrammeAsync(id, ct))
            .WithName("ProgrammeMonitoring_GetProgrammeIndicators").WithSummary("A programme's indicators over the years.")
            .WithPermission(read);
        api.MapPut("/values", (IEffectivenessAppService s, SaveValueInput input, CancellationToken ct) => s.SaveValueAsync(input, ct))
            .WithName("ProgrammeMonitoring_SaveIndicatorValue").WithSummary("Records a programme's indicator value for a year.")
            .WithPermission(manage);
    }
}
