using Ektu.Qa.Kernel.Web;
using Ektu.Qa.Improvement.Capa;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.Improvement.Appeals;

/// <summary>REST endpoints under /api/improvement/appeals; the app service checks permission and scope.</summary>
internal sealed class AppealsApi : IEndpointContributor
{
    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/improvement/appeals").WithTags("Improvement.Appeals").RequireAuthorization();
        api.MapGet("", (IAppealAppService s, AppealState? state, AppealLevel? level, bool? overdueOnly, CancellationToken ct) =>
            s.GetListAsync(new AppealFilter { State = state, Level = level, OverdueOnly = overdueOnly ?? false }, ct));
        api.MapGet("/mine", (IAppealAppService s, CancellationToken ct) => s.GetMineAsync(ct));
        api.MapGet("/statistics", (IAppealAppService s, DateOnly from, DateOnly to, CancellationToken ct) => s.GetStatisticsAsync(from, to, ct));
        api.MapGet("/{id:guid}", (IAppealAppService s, Guid id, CancellationToken ct) => s.GetAsync(id, ct));
        api.MapPost("", async (IAppealAppService s, SubmitAppealInput input, CancellationToken ct) =>
        {
            var x = await s.SubmitAsync(input, ct);
            return Results.Created($"/api/improvement/appeals/{x.Id}", x);
        });
        api.MapPost("/recorded", async (IAppealAppService s, SubmitAppealInput input, CancellationToken ct) =>
        {
            var x = await s.RecordAsync(input, ct);
            return Results.Created($"/api/improvement/appeals/{x.Id}", x);
        });
        api.MapPost("/{id:guid}/take", (IAppealAppService s, Guid id, VersionRequest r, CancellationToken ct) => s.TakeAsync(id, r.Version, ct));
        api.MapPost("/{id:guid}/escalate", (IAppealAppService s, Guid id, NoteRequest r, CancellationToken ct) => s.EscalateAsync(id, r.Note, r.Version, ct));
        api.MapPost("/{id:guid}/resolve", (IAppealAppService s, Guid id, NoteRequest r, CancellationToken ct) => s.ResolveAsync(id, r.Note, r.Version, ct));
        api.MapPost("/{id:guid}/capa", (IAppealAppService s, Guid id, SaveCapaItemInput input, CancellationToken ct) => s.CreateCapaAsync(id, input, ct));
    }

    internal sealed record VersionRequest(int Version);

    internal sealed record NoteRequest(string Note, int Version);
}
