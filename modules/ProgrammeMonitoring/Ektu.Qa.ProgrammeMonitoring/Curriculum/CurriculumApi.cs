using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.ProgrammeMonitoring.Curriculum;

/// <summary>REST endpoints of a version's curriculum; the app service checks permission, scope and freezing.</summary>
internal sealed class CurriculumApi : IEndpointContributor
{
    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapFeature("/api/programme-monitoring/programmes/{id:guid}/versions/{number:int}/curriculum", "ProgrammeMonitoring.Curriculum");
        api.MapGet("", (ICurriculumAppService s, Guid id, int number, CancellationToken ct) => s.GetAsync(id, number, ct))
            .WithName("ProgrammeMonitoring_GetCurriculum").WithSummary("Courses, curriculum map and coverage gaps of a version.");
        api.MapPut("", (ICurriculumAppService s, Guid id, int number, CurriculumInput input, CancellationToken ct) =>
                s.SaveAsync(id, number, input, ct))
            .WithName("ProgrammeMonitoring_SaveCurriculum").WithSummary("Saves courses and map of an open version as a new version.");
    }
}
