using Ektu.Qa.Kernel.Web;
using Ektu.Qa.Reporting.Runs;
using Ektu.Qa.Reporting.Schedules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.Reporting.Web;

/// <summary>REST endpoints under /api/reporting; the app services check permissions.</summary>
internal sealed class ReportingApi : IEndpointContributor
{
    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/reporting").WithTags("Reporting").RequireAuthorization();
        api.MapGet("/reports", (IReportAppService s, CancellationToken ct) => s.GetCatalogueAsync(ct));
        api.MapGet("/runs", (IReportAppService s, int? take, CancellationToken ct) => s.GetRunsAsync(take ?? 100, ct));
        api.MapPost("/runs", async (IReportAppService s, RunReportInput input, CancellationToken ct) =>
        {
            var run = await s.RunAsync(input, ct);
            return Results.Accepted($"/api/reporting/runs/{run.Id}", run);
        });
        api.MapGet("/runs/{id:guid}", (IReportAppService s, Guid id, CancellationToken ct) => s.GetRunAsync(id, ct));
        api.MapPost("/runs/{id:guid}/retry", (IReportAppService s, Guid id, CancellationToken ct) => s.RetryAsync(id, ct));
        api.MapGet("/runs/{id:guid}/file", async (IReportAppService s, Guid id, CancellationToken ct) =>
        {
            var f = await s.DownloadAsync(id, ct);
            return Results.File(f.Path, f.ContentType, f.FileName);
        });
        api.MapGet("/schedules", (IReportScheduleAppService s, CancellationToken ct) => s.GetListAsync(ct));
        api.MapPost("/schedules", (IReportScheduleAppService s, SaveScheduleInput input, CancellationToken ct) => s.CreateAsync(input, ct));
        api.MapPut("/schedules/{id:guid}", (IReportScheduleAppService s, Guid id, SaveScheduleInput input, CancellationToken ct) =>
            s.UpdateAsync(id, input, ct));
        api.MapDelete("/schedules/{id:guid}", async (IReportScheduleAppService s, Guid id, CancellationToken ct) =>
        {
            await s.DeleteAsync(id, ct);
            return Results.NoContent();
        });
        api.MapGet("/schedules/preview", (IReportScheduleAppService s, string cron, string? timeZone, CancellationToken ct) =>
            s.PreviewAsync(cron, timeZone ?? "Asia/Almaty", 5, ct));
    }
}
