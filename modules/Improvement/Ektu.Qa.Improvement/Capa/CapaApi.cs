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
        var api = app.MapGroup("/api/improvement/capa").WithTags("Improvement.Capa").RequireAuthorization();
        api.MapGet("", (ICapaAppService s, Guid? unitId, CapaState? state, bool? overdueOnly, bool? openOnly, CancellationToken ct) =>
            s.GetListAsync(new CapaFilter { UnitId = unitId, State = state, OverdueOnly = overdueOnly ?? false, OpenOnly = openOnly ?? false }, ct));
        api.MapGet("/{id:guid}", (ICapaAppService s, Guid id, CancellationToken ct) => s.GetAsync(id, ct));
        api.MapGet("/by-source/{source}/{sourceId:guid}", (ICapaAppService s, CapaSource source, Guid sourceId, CancellationToken ct) => s.GetBySourceAsync(source, sourceId, ct));
        api.MapGet("/summary/{unitId:guid}", (ICapaAppService s, Guid unitId, CancellationToken ct) => s.GetSummaryAsync(unitId, ct));
        api.MapPost("", async (ICapaAppService s, SaveCapaItemInput input, CancellationToken ct) =>
        {
            var x = await s.CreateAsync(input, ct);
            return Results.Created($"/api/improvement/capa/{x.Id}", x);
        });
        api.MapPut("/{id:guid}", (ICapaAppService s, Guid id, SaveCapaItemInput input, CancellationToken ct) => s.UpdateAsync(id, input, ct));
        api.MapPost("/{id:guid}/transitions", (ICapaAppService s, Guid id, CapaTransitionInput input, CancellationToken ct) => s.MoveAsync(id, input, ct));
    }
}
