using Ektu.Qa.ExternalAccreditation.Permissions;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.ExternalAccreditation.Accreditations;

/// <summary>REST endpoints under /api/external-accreditation/accreditations; the app service checks permission and scope.</summary>
internal sealed class AccreditationsApi : IEndpointContributor
{
    public const string Route = "/api/external-accreditation/accreditations";

    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapFeature(Route, "ExternalAccreditation.Accreditations");
        const string view = ExternalAccreditationPermissions.Accreditations.Default;
        const string manage = ExternalAccreditationPermissions.Accreditations.Manage;
        api.MapGet("", (IAccreditationAppService s, [AsParameters] ListQuery q, CancellationToken ct) => s.GetListAsync(q.ToFilter(), ct))
            .WithName("ExternalAccreditation_ListAccreditations").WithSummary("Accreditations in the caller's scope with status and warnings.")
            .WithPermission(view);
        api.MapGet("/export", async (IAccreditationAppService s, AccreditationExport export, [AsParameters] ListQuery q, CancellationToken ct) =>
                export.File(await s.GetListAsync(q.ToFilter(), ct)))
            .WithName("ExternalAccreditation_ExportAccreditations").WithSummary("The filtered accreditations as an Excel workbook.")
            .WithPermission(view);
        api.MapGet("/coverage", (IAccreditationAppService s, CancellationToken ct) => s.GetCoverageAsync(ct))
            .WithName("ExternalAccreditation_GetCoverage").WithSummary("The share of each school's programmes accredited today.")
            .WithPermission(view);
        api.MapGet("/{id:guid}", (IAccreditationAppService s, Guid id, CancellationToken ct) => s.GetAsync(id, ct))
            .WithName("ExternalAccreditation_GetAccreditation").WithSummary("An accreditation with its monitoring reports.")
            .WithPermission(view);
        api.MapPost("", (IAccreditationAppService s, SaveAccreditationInput input, CancellationToken ct) =>
                s.CreateAsync(input, ct).Created(a => $"{Route}/{a.Id}"))
            .WithName("ExternalAccreditation_CreateAccreditation")
            .WithSummary("Records an accreditation procedure or decision; the same agency twice for a programme answers 409 unless renewing.")
            .WithPermission(manage);
        api.MapPut("/{id:guid}", (IAccreditationAppService s, Guid id, SaveAccreditationInput input, CancellationToken ct) =>
                s.UpdateAsync(id, input, ct))
            .WithName("ExternalAccreditation_UpdateAccreditation").WithSummary("Records the decision, validity, conditions and programmes.")
            .WithPermission(manage);
        api.MapPost("/{id:guid}/reports", (IAccreditationAppService s, Guid id, SaveMonitoringReportInput input, CancellationToken ct) =>
                s.AddReportAsync(id, input, ct))
            .WithName("ExternalAccreditation_AddMonitoringReport").WithSummary("Plans a post-accreditation monitoring report with its due date.")
            .WithPermission(manage);
        api.MapPost("/{id:guid}/reports/{reportId:guid}/submit", (IAccreditationAppService s, Guid id, Guid reportId,
                SubmitMonitoringReportInput input, CancellationToken ct) => s.SubmitReportAsync(id, reportId, input, ct))
            .WithName("ExternalAccreditation_SubmitMonitoringReport").WithSummary("Records a monitoring report as sent to the agency.")
            .WithPermission(manage);
    }

    /// <summary>Query-string form of <see cref="AccreditationFilter"/>.</summary>
    internal sealed record ListQuery(Guid? UnitId, Guid? AgencyId, AccreditationKind? Kind, AccreditationStatus? Status, bool? ExpiringOnly)
    {
        public AccreditationFilter ToFilter() =>
            new() { UnitId = UnitId, AgencyId = AgencyId, Kind = Kind, Status = Status, ExpiringOnly = ExpiringOnly ?? false };
    }
}
