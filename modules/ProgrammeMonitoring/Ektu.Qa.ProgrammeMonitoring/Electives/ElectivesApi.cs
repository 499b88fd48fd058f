using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.ProgrammeMonitoring.Electives;

/// <summary>REST endpoints under /api/programme-monitoring/elective-catalogues; the app service checks permission and scope.</summary>
internal sealed class ElectivesApi : IEndpointContributor
{
    public const string Route = "/api/programme-monitoring/elective-catalogues";

    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapFeature(Route, "ProgrammeMonitoring.Electives");
        api.MapGet("", (IElectiveCatalogueAppService s, CancellationToken ct) => s.GetListAsync(ct))
            .WithName("ProgrammeMonitoring_ListElectiveCatalogues").WithSummary("Elective catalogues of the caller's schools, newest year first.");
        api.MapGet("/export", async (IElectiveCatalogueAppService s, ElectiveExport export, CancellationToken ct) =>
                export.CataloguesFile(await s.GetListAsync(ct)))
            .WithName("ProgrammeMonitoring_ExportElectiveCatalogues").WithSummary("The catalogues as an Excel workbook.");
        api.MapGet("/{id:guid}", (IElectiveCatalogueAppService s, Guid id, CancellationToken ct) => s.GetAsync(id, ct))
            .WithName("ProgrammeMonitoring_GetElectiveCatalogue").WithSummary("A catalogue with its courses and the change since last year.");
        api.MapGet("/{id:guid}/export", async (IElectiveCatalogueAppService s, ElectiveExport export, Guid id, CancellationToken ct) =>
                export.CoursesFile(await s.GetAsync(id, ct)))
            .WithName("ProgrammeMonitoring_ExportElectiveCourses").WithSummary("A catalogue's courses and endorsements as an Excel workbook.");
        api.MapPost("", (IElectiveCatalogueAppService s, CreateCatalogueInput input, CancellationToken ct) =>
                s.CreateAsync(input, ct).Created(c => $"{Route}/{c.Id}"))
            .WithName("ProgrammeMonitoring_CreateElectiveCatalogue")
            .WithSummary("A draft catalogue for a year, empty or copied from the year before.");
        api.MapPost("/{id:guid}/courses", (IElectiveCatalogueAppService s, Guid id, SaveElectiveCourseInput input,
                CancellationToken ct) =>
                s.AddCourseAsync(id, input, ct).Created(x => $"{Route}/{id}/courses/{x.Id}"))
            .WithName("ProgrammeMonitoring_AddElectiveCourse").WithSummary("Proposes a course for a draft catalogue.");
        api.MapPut("/{id:guid}/courses/{courseId:guid}", (IElectiveCatalogueAppService s, Guid id, Guid courseId, SaveElectiveCourseInput input,
                CancellationToken ct) => s.UpdateCourseAsync(id, courseId, input, ct))
            .WithName("ProgrammeMonitoring_UpdateElectiveCourse").WithSummary("Changes a proposed course (a changed course loses its endorsement).");
        api.MapDelete("/{id:guid}/courses/{courseId:guid}", (IElectiveCatalogueAppService s, Guid id, Guid courseId, CancellationToken ct) =>
                s.RemoveCourseAsync(id, courseId, ct).NoContent())
            .WithName("ProgrammeMonitoring_RemoveElectiveCourse").WithSummary("Removes a course from a draft catalogue.");
        api.MapPost("/{id:guid}/courses/{courseId:guid}/endorsement", (IElectiveCatalogueAppService s, Guid id, Guid courseId,
                EndorseCourseInput input, CancellationToken ct) => s.EndorseAsync(id, courseId, input, ct))
            .WithName("ProgrammeMonitoring_EndorseElectiveCourse").WithSummary("Records an employer's endorsement of a course.");
        api.MapPut("/{id:guid}/analysis", (IElectiveCatalogueAppService s, Guid id, RecordAnalysisInput input, CancellationToken ct) =>
                s.RecordAnalysisAsync(id, input, ct))
            .WithName("ProgrammeMonitoring_RecordElectiveAnalysis").WithSummary("Records the yearly analysis: what changed and why.");
        api.MapPost("/{id:guid}/publish", (IElectiveCatalogueAppService s, Guid id, int version, CancellationToken ct) =>
                s.PublishAsync(id, version, ct))
            .WithName("ProgrammeMonitoring_PublishElectiveCatalogue")
            .WithSummary("Publishes a catalogue whose courses are all endorsed and whose analysis is recorded.");
    }
}
