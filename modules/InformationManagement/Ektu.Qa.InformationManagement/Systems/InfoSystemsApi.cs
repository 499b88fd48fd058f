using Ektu.Qa.InformationManagement.Permissions;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.InformationManagement.Systems;

/// <summary>REST endpoints under /api/information-management/systems; the app service checks permission and scope.</summary>
internal sealed class InfoSystemsApi : IEndpointContributor
{
    public const string Route = "/api/information-management/systems";

    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapFeature(Route, "InformationManagement.Systems");
        const string view = InformationManagementPermissions.Systems.Default;
        const string manage = InformationManagementPermissions.Systems.Manage;
        api.MapGet("", (IInfoSystemAppService s, CancellationToken ct) => s.GetListAsync(ct))
            .WithName("InformationManagement_ListSystems")
            .WithSummary("The information systems registry with restore staleness and last safety check.")
            .WithPermission(view);
        api.MapGet("/{id:guid}", (IInfoSystemAppService s, Guid id, CancellationToken ct) => s.GetAsync(id, ct))
            .WithName("InformationManagement_GetSystem").WithSummary("A system with its safety checks.")
            .WithPermission(view);
        api.MapPost("", (IInfoSystemAppService s, SaveInfoSystemInput input, CancellationToken ct) =>
                s.CreateAsync(input, ct).Created(created => $"{Route}/{created.Id}"))
            .WithName("InformationManagement_CreateSystem").WithSummary("Registers an information system.")
            .WithPermission(manage);
        api.MapPut("/{id:guid}", (IInfoSystemAppService s, Guid id, SaveInfoSystemInput input, CancellationToken ct) => s.UpdateAsync(id, input, ct))
            .WithName("InformationManagement_UpdateSystem").WithSummary("Edits a system, e.g. the day a restore was last verified.")
            .WithPermission(manage);
        api.MapPost("/{id:guid}/checks", (IInfoSystemAppService s, Guid id, SaveSafetyCheckInput input, CancellationToken ct) =>
                s.AddCheckAsync(id, input, ct))
            .WithName("InformationManagement_AddSafetyCheck").WithSummary("Records an information-safety check by the caller.")
            .WithPermission(manage);
    }
}
