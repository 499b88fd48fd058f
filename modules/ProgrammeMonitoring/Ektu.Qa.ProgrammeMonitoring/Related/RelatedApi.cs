using Ektu.Qa.Kernel.Web;
using Ektu.Qa.ProgrammeMonitoring.Programmes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.ProgrammeMonitoring.Related;

/// <summary>REST endpoints for other modules' records about a programme; the app service checks permission and scope.</summary>
internal sealed class RelatedApi : IEndpointContributor
{
    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapFeature(ProgrammesApi.Route, "ProgrammeMonitoring.Programmes");
        api.MapGet("/{id:guid}/appeals", (IProgrammeRelatedAppService s, Guid id, CancellationToken ct) => s.GetAppealsAsync(id, ct))
            .WithName("ProgrammeMonitoring_ListProgrammeAppeals")
            .WithSummary("Appeals naming the programme, of those the caller handles (Improvement's permission and scope).");
        api.MapGet("/{id:guid}/checks", (IProgrammeRelatedAppService s, Guid id, CancellationToken ct) => s.GetChecksAsync(id, ct))
            .WithName("ProgrammeMonitoring_ListProgrammeChecks")
            .WithSummary("The QA commission's monitoring events planned on the programme, of the commissions the caller sees.");
    }
}
