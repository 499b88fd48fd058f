using Ektu.Qa.Kernel.Web;
using Ektu.Qa.ProgrammeMonitoring.Programmes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.ProgrammeMonitoring.Approval;

/// <summary>REST endpoints for a programme's runs through the workflow engine; the app service checks permission and scope.</summary>
internal sealed class ApprovalApi : IEndpointContributor
{
    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapFeature(ProgrammesApi.Route, "ProgrammeMonitoring.Approval");
        api.MapGet("/{id:guid}/approvals", (IProgrammeApprovalAppService s, Guid id, CancellationToken ct) => s.GetListAsync(id, ct))
            .WithName("ProgrammeMonitoring_ListApprovals").WithSummary("The programme's approval and register runs, newest first.");
        api.MapPost("/{id:guid}/versions/{number:int}/submit", async (IProgrammeApprovalAppService s, Guid id, int number, CancellationToken ct) =>
                Results.Ok(await s.SubmitAsync(id, number, ct)))
            .WithName("ProgrammeMonitoring_SubmitVersion")
            .WithSummary("Sends an open version through pm-programme-approval (department, БББК, School Council, Academic Council).");
        api.MapPost("/{id:guid}/register-requests", async (IProgrammeApprovalAppService s, Guid id, RegisterRequestInput input,
                CancellationToken ct) => Results.Ok(await s.RequestRegisterChangeAsync(id, input.Kind, ct)))
            .WithName("ProgrammeMonitoring_RequestRegisterChange")
            .WithSummary("Starts pm-register-change: inclusion of an approved programme in the national register, or its exclusion.");
    }
}
