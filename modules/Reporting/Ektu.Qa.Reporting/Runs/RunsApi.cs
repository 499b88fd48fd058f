using Ektu.Qa.Kernel.Web;
using Ektu.Qa.Reporting.Permissions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.Reporting.Runs;

/// <summary>
/// REST endpoints of the report catalogue, report runs and their files under /api/reporting; the app service checks the permission.
/// </summary>
internal sealed class RunsApi : IEndpointContributor
{
    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapFeature("/api/reporting", "Reporting");

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
    }
}
