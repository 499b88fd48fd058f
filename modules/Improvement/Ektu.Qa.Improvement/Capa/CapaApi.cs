using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.Improvement.Capa;

/// <summary>REST endpoints under /api/improvement/capa; the app service checks permission and scope.</summary>
internal sealed class CapaApi : IEndpointContributor
{
    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapFeature("/api/improvement/capa", "Improvement.Capa");
        api.MapGet("", (ICapaAppService s, Guid? unitId, CapaState? state, bool? overdueOnly, bool? openOnly, bool? unitOnly,
                CancellationToken ct) =>
                s.GetListAsync(new CapaFilter
                {
                    UnitId = unitId, State = state, OverdueOnly = overdueOnly ?? false, OpenOnly = openOnly ?? false, UnitOnly = unitOnly ?? false,
                }, ct))
            .WithName("Improvement_ListCapaItems")
            .WithSummary("CAPA items in the caller's scope: a unit and below (or the unit's own plan), a state, overdue, open.");
        api.MapGet("/{id:guid}", (ICapaAppService s, Guid id, CancellationToken ct) => s.GetAsync(id, ct))
            .WithName("Improvement_GetCapaItem").WithSummary("One CAPA item with its state as of today.");
        api.MapGet("/by-source/{source}/{sourceId:guid}", (ICapaAppService s, string source, Guid sourceId, CancellationToken ct) =>
                s.GetBySourceAsync(source, sourceId, ct))
            .WithName("Improvement_ListCapaItemsBySource").WithSummary("CAPA items raised from one source record (kind key and id).");
        api.MapGet("/summary/{unitId:guid}", (ICapaAppService s, Guid unitId, CancellationToken ct) => s.GetSummaryAsync(unitId, ct))
            .WithName("Improvement_GetCapaSummary").WithSummary("A unit's consolidated CAPA plan: items by state for each unit below it.");
        api.MapPost("", (ICapaAppService s, SaveCapaItemInput input, CancellationToken ct) =>
                s.CreateAsync(input, ct).Created(x => $"/api/improvement/capa/{x.Id}"))
            .WithName("Improvement_CreateCapaItem").WithSummary("Raises a CAPA item in a unit of the caller's scope.");
        api.MapPut("/{id:guid}", (ICapaAppService s, Guid id, SaveCapaItemInput input, CancellationToken ct) => s.UpdateAsync(id, input, ct))
            .WithName("Improvement_UpdateCapaItem").WithSummary("Edits the texts, owner and deadline of a CAPA item that is not closed.");
        api.MapPost("/{id:guid}/transitions", (ICapaAppService s, Guid id, CapaTransitionInput input, CancellationToken ct) =>
                s.MoveAsync(id, input, ct))
            .WithName("Improvement_MoveCapaItem").WithSummary("Moves a CAPA item to its next state (the effectiveness check closes or reopens it).");
    }
}
