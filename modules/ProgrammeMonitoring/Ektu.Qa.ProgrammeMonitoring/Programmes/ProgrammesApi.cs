using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.ProgrammeMonitoring.Programmes;

/// <summary>REST endpoints under /api/programme-monitoring/programmes; the app service checks permission and scope.</summary>
internal sealed class ProgrammesApi : IEndpointContributor
{
    public const string Route = "/api/programme-monitoring/programmes";

    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapFeature(Route, "ProgrammeMonitoring.Programmes");
        api.MapGet("", (IProgrammeAppService s, [AsParameters] ListQuery q, CancellationToken ct) => s.GetListAsync(q.ToInput(), ct))
            .WithName("ProgrammeMonitoring_ListProgrammes").WithSummary("The register of programmes in the caller's schools, filtered.");
        api.MapGet("/export", async (IProgrammeAppService s, ProgrammeExport export, [AsParameters] ListQuery q, CancellationToken ct) =>
                export.File(await s.GetListAsync(q.ToInput(), ct)))
            .WithName("ProgrammeMonitoring_ExportProgrammes").WithSummary("The filtered register as an Excel workbook.");
        api.MapGet("/{id:guid}", (IProgrammeAppService s, Guid id, CancellationToken ct) => s.GetAsync(id, ct))
            .WithName("ProgrammeMonitoring_GetProgramme").WithSummary("A programme with its versions and register events.");
        api.MapPost("", (IProgrammeAppService s, ProgrammeContent content, CancellationToken ct) =>
                s.CreateAsync(content, ct).Created(p => $"{Route}/{p.Programme.Id}"))
            .WithName("ProgrammeMonitoring_CreateProgramme").WithSummary("A new programme in draft with its first version.");
        api.MapGet("/{id:guid}/versions/{number:int}", (IProgrammeAppService s, Guid id, int number, CancellationToken ct) =>
                s.GetVersionAsync(id, number, ct))
            .WithName("ProgrammeMonitoring_GetVersion").WithSummary("One version with its whole content.");
        api.MapPut("/{id:guid}/versions/{number:int}", (IProgrammeAppService s, Guid id, int number, ReviseInput input, CancellationToken ct) =>
                s.ReviseAsync(id, number, input, ct))
            .WithName("ProgrammeMonitoring_ReviseVersion")
            .WithSummary("Changes an open version into a new version; an approved version answers 409.");
        api.MapPost("/{id:guid}/versions/{number:int}/proposals", (IProgrammeAppService s, Guid id, int number, CancellationToken ct) =>
                s.ProposeAsync(id, number, ct))
            .WithName("ProgrammeMonitoring_ProposeVersion").WithSummary("Opens a proposal copied from an approved version.");
        api.MapPost("/{id:guid}/versions/{number:int}/approve", (IProgrammeAppService s, Guid id, int number, CancellationToken ct) =>
                s.ApproveAsync(id, number, ct))
            .WithName("ProgrammeMonitoring_ApproveVersion").WithSummary("Approves (and freezes) an open version.");
        api.MapPost("/{id:guid}/versions/{number:int}/withdraw", (IProgrammeAppService s, Guid id, int number, CancellationToken ct) =>
                s.WithdrawAsync(id, number, ct))
            .WithName("ProgrammeMonitoring_WithdrawVersion").WithSummary("Withdraws an open proposal.");
        api.MapGet("/{id:guid}/diff/{from:int}/{to:int}", (IProgrammeAppService s, Guid id, int from, int to, CancellationToken ct) =>
                s.DiffAsync(id, from, to, ct))
            .WithName("ProgrammeMonitoring_DiffVersions")
            .WithSummary("Field and row differences of two versions, texts changed in some languages only, outcomes orphaned.");
        api.MapGet("/{id:guid}/conflicts", (IProgrammeAppService s, Guid id, CancellationToken ct) => s.GetConflictsAsync(id, ct))
            .WithName("ProgrammeMonitoring_ListConflicts").WithSummary("Cells two open proposals change to different values.");
        api.MapPost("/{id:guid}/status", (IProgrammeAppService s, Guid id, StatusChangeInput input, CancellationToken ct) =>
                s.MoveAsync(id, input, ct))
            .WithName("ProgrammeMonitoring_ChangeStatus").WithSummary("Submits, returns, suspends, resumes or closes a programme.");
        api.MapPost("/{id:guid}/register-events", (IProgrammeAppService s, Guid id, RegisterEventInput input, CancellationToken ct) =>
                s.RecordRegisterEventAsync(id, input, ct))
            .WithName("ProgrammeMonitoring_RecordRegisterEvent")
            .WithSummary("Records the programme's inclusion in or exclusion from the national register.");
    }

    /// <summary>Query-string form of <see cref="ProgrammeListInput"/>.</summary>
    internal sealed record ListQuery(string? Search, Guid? SchoolId, ProgrammeStatus? Status, ProgrammeLevel? Level)
    {
        public ProgrammeListInput ToInput() => new(Search, SchoolId, Status, Level);
    }
}
