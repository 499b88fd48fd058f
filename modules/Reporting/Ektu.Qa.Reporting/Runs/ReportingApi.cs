using Ektu.Qa.Kernel.Web;
using Ektu.Qa.Reporting.Schedules;
using Ektu.Qa.Reporting.Permissions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.Reporting.Runs;

/// <summary>REST endpoints under /api/reporting; the app services check permissions.</summary>
internal sealed class ReportingApi : IEndpointContributor
{
    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/reporting").WithTags("Reporting").RequireAuthorization();
        api.MapGet("/reports", (IReportAppService s, CancellationToken ct) => s.GetCatalogueAsync(ct))
            .WithName("Reporting_ListReports").WithSummary("Lists the reports the caller may run")
            .WithPermission(ReportingPermissions.Reports.Default);
        api.MapGet("/runs", (IReportAppService s, int? take, CancellationToken ct) => s.GetRunsAsync(take ?? 100, ct))
            .WithName("Reporting_ListRuns").WithSummary("Lists report runs, filtered and paged").WithPermission(ReportingPermissions.Reports.Default);
        api.MapPost("/runs", async (IReportAppService s, RunReportInput input, CancellationToken ct) =>
        {
            var run = await s.RunAsync(input, ct);
            return Results.Accepted($"/api/reporting/runs/{run.Id}", run);
        }).WithName("Reporting_RunReport").WithSummary("Queues a report run").WithPermission(ReportingPermissions.Reports.Run);
        api.MapGet("/runs/{id:guid}", (IReportAppService s, Guid id, CancellationToken ct) => s.GetRunAsync(id, ct))
            .WithName("Reporting_GetRun").WithSummary("Gets one report run").WithPermission(ReportingPermissions.Reports.Default);
        api.MapPost("/runs/{id:guid}/retry", (IReportAppService s, Guid id, CancellationToken ct) => s.RetryAsync(id, ct))
            .WithName("Reporting_RetryRun").WithSummary("Queues a failed report run again").WithPermission(ReportingPermissions.Reports.Run);
        api.MapGet("/runs/{id:guid}/file", async (IReportAppService s, Guid id, CancellationToken ct) => (await s.DownloadAsync(id, ct)).ToResult())
            .WithName("Reporting_DownloadRun").WithSummary("Downloads a report run's file")
            .WithPermission(ReportingPermissions.Archive.Download);
        api.MapGet("/schedules", (IReportScheduleAppService s, CancellationToken ct) => s.GetListAsync(ct))
            .WithName("Reporting_ListSchedules").WithSummary("Lists report schedules").WithPermission(ReportingPermissions.Schedules.Default);
        api.MapPost("/schedules", (IReportScheduleAppService s, SaveScheduleInput input, CancellationToken ct) => s.CreateAsync(input, ct))
            .WithName("Reporting_CreateSchedule").WithSummary("Creates a report schedule");
        api.MapPut("/schedules/{id:guid}", (IReportScheduleAppService s, Guid id, SaveScheduleInput input, CancellationToken ct) =>
            s.UpdateAsync(id, input, ct))
            .WithName("Reporting_UpdateSchedule").WithSummary("Updates a report schedule");
        api.MapDelete("/schedules/{id:guid}", async (IReportScheduleAppService s, Guid id, CancellationToken ct) =>
        {
            await s.DeleteAsync(id, ct);
            return Results.NoContent();
        }).WithName("Reporting_DeleteSchedule").WithSummary("Deletes a report schedule").WithPermission(ReportingPermissions.Schedules.Manage);
        api.MapGet("/schedules/preview", (IReportScheduleAppService s, string cron, string? timeZone, CancellationToken ct) =>
            s.PreviewAsync(cron, timeZone ?? "Asia/Almaty", 5, ct))
            .WithName("Reporting_PreviewSchedule").WithSummary("Previews a schedule's next run times")
            .WithPermission(ReportingPermissions.Schedules.Default);
    }
}
