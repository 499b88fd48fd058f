using Ektu.Qa.Kernel.Web;
using Ektu.Qa.Reporting.Permissions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.Reporting.Schedules;

/// <summary>REST endpoints of report schedules under /api/reporting; the app service checks the permission.</summary>
internal sealed class SchedulesApi : IEndpointContributor
{
    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapFeature("/api/reporting", "Reporting");

        api.MapGet("/schedules", (IReportScheduleAppService s, CancellationToken ct) => s.GetListAsync(ct))
            .WithName("Reporting_ListSchedules").WithSummary("Lists report schedules").WithPermission(ReportingPermissions.Schedules.Default);
        api.MapPost("/schedules", (IReportScheduleAppService s, SaveScheduleInput input, CancellationToken ct) => s.CreateAsync(input, ct))
            .WithName("Reporting_CreateSchedule").WithSummary("Creates a report schedule");
        api.MapPut("/schedules/{id:guid}", (IReportScheduleAppService s, Guid id, SaveScheduleInput input, CancellationToken ct) =>
            s.UpdateAsync(id, input, ct))
            .WithName("Reporting_UpdateSchedule").WithSummary("Updates a report schedule");
        api.MapDelete("/schedules/{id:guid}", (IReportScheduleAppService s, Guid id, CancellationToken ct) =>
                s.DeleteAsync(id, ct).NoContent())
            .WithName("Reporting_DeleteSchedule").WithSummary("Deletes a report schedule").WithPermission(ReportingPermissions.Schedules.Manage);
        api.MapGet("/schedules/preview", (IReportScheduleAppService s, string cron, string? timeZone, CancellationToken ct) =>
            s.PreviewAsync(cron, timeZone ?? "Asia/Almaty", 5, ct))
            .WithName("Reporting_PreviewSchedule").WithSummary("Previews a schedule's next run times")
            .WithPermission(ReportingPermissions.Schedules.Default);
    }
}
