using Ektu.Qa.Kernel.Web;
using Ektu.Qa.ProgrammeMonitoring.Permissions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.ProgrammeMonitoring.Procedures;

/// <summary>REST endpoints of the improvement procedures and their runs; the app service checks permission and the owner unit's scope.</summary>
internal sealed class ProceduresApi : IEndpointContributor
{
    public const string Route = "/api/programme-monitoring/procedures";

    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapFeature(Route, "ProgrammeMonitoring.Procedures");
        const string read = ProgrammeMonitoringPermissions.Programmes.Default;
        const string manage = ProgrammeMonitoringPermissions.Programmes.Manage;
        api.MapGet("", (IProcedureAppService s, CancellationToken ct) => s.GetProceduresAsync(ct))
            .WithName("ProgrammeMonitoring_ListProcedures").WithSummary("Improvement procedures of the owner units in scope.")
            .WithPermission(read);
        api.MapPost("", (IProcedureAppService s, SaveProcedureInput input, CancellationToken ct) =>
                s.CreateProcedureAsync(input, ct).Created(p => $"{Route}/{p.Id}"))
            .WithName("ProgrammeMonitoring_CreateProcedure").WithSummary("Adds a procedure with its owner, cycle and first due day.")
            .WithPermission(ProgrammeMonitoringPermissions.Monitoring.Manage);
        api.MapGet("/runs", (IProcedureAppService s, int? year, bool? overdueOnly, CancellationToken ct) =>
                s.GetRunsAsync(new RunFilter(year, overdueOnly ?? false), ct))
            .WithName("ProgrammeMonitoring_ListProcedureRuns").WithSummary("Runs due in a year, or the overdue ones.").WithPermission(read);
        api.MapGet("/runs/{id:guid}", (IProcedureAppService s, Guid id, CancellationToken ct) => s.GetRunAsync(id, ct))
            .WithName("ProgrammeMonitoring_GetProcedureRun").WithSummary("One run with its record.").WithPermission(read);
        api.MapPost("/runs/{id:guid}/record", (IProcedureAppService s, Guid id, RunRecordBody body, CancellationToken ct) =>
                s.RecordRunAsync(id, new RecordRunInput { Findings = body.Findings, Version = body.Version }, ct))
            .WithName("ProgrammeMonitoring_RecordProcedureRun").WithSummary("Records a run's findings (evidence is uploaded on its page).")
            .WithPermission(manage);
        api.MapPost("/runs/{id:guid}/actions", async (IProcedureAppService s, Guid id, RaiseRunActionInput input, CancellationToken ct) =>
                Results.Ok(new { capaId = await s.RaiseActionAsync(id, input, ct) }))
            .WithName("ProgrammeMonitoring_RaiseProcedureRunAction").WithSummary("Raises an action of the run as a CAPA item.")
            .WithPermission(manage);
        api.MapGet("/runs/{id:guid}/evidence", async (IProcedureAppService s, Guid id, CancellationToken ct) =>
                (await s.OpenEvidenceAsync(id, ct)).ToResult())
            .WithName("ProgrammeMonitoring_DownloadProcedureRunEvidence").WithSummary("The run's evidence file.").WithPermission(read);
    }

    /// <summary>The JSON body of a run's record.</summary>
    public sealed record RunRecordBody(string Findings, int Version);
}
