using Ektu.Qa.InformationManagement.Permissions;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.InformationManagement.Swot;

/// <summary>REST endpoints under /api/information-management/swot; the app service checks permission and scope.</summary>
internal sealed class SwotApi : IEndpointContributor
{
    public const string Route = "/api/information-management/swot";

    public void Map(IEndpointRouteBuilder app)
    {
        const string read = InformationManagementPermissions.Swot.Default;
        const string manage = InformationManagementPermissions.Swot.Manage;
        var api = app.MapFeature(Route, "InformationManagement.Swot");
        api.MapGet("", (ISwotAppService s, int? year, CancellationToken ct) => s.GetListAsync(year, ct))
            .WithName("InformationManagement_ListSwotAnalyses").WithSummary("SWOT analyses in the caller's scope, newest year first.")
            .WithPermission(read);
        api.MapGet("/{id:guid}", (ISwotAppService s, Guid id, CancellationToken ct) => s.GetAsync(id, ct))
            .WithName("InformationManagement_GetSwotAnalysis").WithSummary("One SWOT analysis.").WithPermission(read);
        api.MapPost("", (ISwotAppService s, SaveSwotInput input, CancellationToken ct) => s.CreateAsync(input, ct).Created(a => $"{Route}/{a.Id}"))
            .WithName("InformationManagement_CreateSwotAnalysis").WithSummary("A draft SWOT analysis of a unit for a year.")
            .WithPermission(manage);
        api.MapPut("/{id:guid}", (ISwotAppService s, Guid id, SaveSwotInput input, CancellationToken ct) => s.UpdateAsync(id, input, ct))
            .WithName("InformationManagement_UpdateSwotAnalysis").WithSummary("Replaces the four lists of a draft.").WithPermission(manage);
        api.MapPost("/{id:guid}/approve", (ISwotAppService s, Guid id, int version, CancellationToken ct) => s.ApproveAsync(id, version, ct))
            .WithName("InformationManagement_ApproveSwotAnalysis").WithSummary("Approves a draft; it is frozen from then on.")
            .WithPermission(manage);
    }
}
