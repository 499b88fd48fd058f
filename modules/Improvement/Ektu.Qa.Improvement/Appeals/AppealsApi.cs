using Ektu.Qa.Improvement.Capa;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.Improvement.Appeals;

/// <summary>REST endpoints under /api/improvement/appeals; the app service checks permission and scope.</summary>
internal sealed class AppealsApi : IEndpointContributor
{
    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapFeature("/api/improvement/appeals", "Improvement.Appeals");
        api.MapGet("", (IAppealAppService s, AppealState? state, AppealLevel? level, bool? overdueOnly, Guid? programmeId, CancellationToken ct) =>
                s.GetListAsync(new AppealFilter { State = state, Level = level, OverdueOnly = overdueOnly ?? false, ProgrammeId = programmeId }, ct))
            .WithName("Improvement_ListAppeals").WithSummary("Appeals now at units of the caller's scope, by state, level, overdue and programme.");
        api.MapGet("/mine", (IAppealAppService s, CancellationToken ct) => s.GetMineAsync(ct))
            .WithName("Improvement_ListMyAppeals").WithSummary("The caller's own appeals.");
        api.MapGet("/statistics", (IAppealAppService s, DateOnly from, DateOnly to, CancellationToken ct) => s.GetStatisticsAsync(from, to, ct))
            .WithName("Improvement_GetAppealStatistics")
            .WithSummary("Counts of the appeals received in a period, by kind, form, level, state and channel.");
        api.MapGet("/{id:guid}", (IAppealAppService s, Guid id, CancellationToken ct) => s.GetAsync(id, ct))
            .WithName("Improvement_GetAppeal").WithSummary("An appeal with its route by level and the CAPA items raised from it.");
        api.MapPost("", (IAppealAppService s, SubmitAppealInput input, CancellationToken ct) =>
                s.SubmitAsync(input, ct).Created(x => $"/api/improvement/appeals/{x.Id}"))
            .WithName("Improvement_SubmitAppeal").WithSummary("Submits the caller's own appeal to any unit.");
        api.MapPost("/recorded", (IAppealAppService s, SubmitAppealInput input, CancellationToken ct) =>
                s.RecordAsync(input, ct).Created(x => $"/api/improvement/appeals/{x.Id}"))
            .WithName("Improvement_RecordAppeal").WithSummary("Records a paper or oral appeal received by a unit of the caller's scope.");
        api.MapPost("/{id:guid}/take", (IAppealAppService s, Guid id, VersionRequest r, CancellationToken ct) => s.TakeAsync(id, r.Version, ct))
            .WithName("Improvement_TakeAppeal").WithSummary("Takes a received appeal for review at its current level.");
        api.MapPost("/{id:guid}/escalate", (IAppealAppService s, Guid id, AppealNoteRequest r, CancellationToken ct) =>
                s.EscalateAsync(id, r.Note, r.Version, ct))
            .WithName("Improvement_EscalateAppeal").WithSummary("Passes an appeal to the next level with a new term.");
        api.MapPost("/{id:guid}/resolve", (IAppealAppService s, Guid id, AppealNoteRequest r, CancellationToken ct) =>
                s.ResolveAsync(id, r.Note, r.Version, ct))
            .WithName("Improvement_ResolveAppeal").WithSummary("Resolves an appeal at its current level.");
        api.MapPost("/{id:guid}/capa", (IAppealAppService s, Guid id, SaveCapaItemInput input, CancellationToken ct) =>
                s.CreateCapaAsync(id, input, ct))
            .WithName("Improvement_RaiseAppealCapaItem").WithSummary("Raises a CAPA item from an appeal.");
    }

    internal sealed record AppealNoteRequest(string Note, int Version);
}
