using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QualityPolicy.Permissions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.QualityPolicy.Standards;

/// <summary>REST endpoints of the quality standards under /api/quality-policy; the app service checks the permission.</summary>
internal sealed class StandardsApi : IEndpointContributor
{
    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapFeature("/api/quality-policy", "QualityPolicy");

        api.MapGet("/standards", (IStandardAppService s, CancellationToken ct) => s.GetListAsync(ct))
            .WithName("QualityPolicy_ListStandards").WithSummary("Lists the quality standards")
            .WithPermission(QualityPolicyPermissions.Standards.Default);
        api.MapGet("/standards/{id:guid}", (IStandardAppService s, Guid id, CancellationToken ct) => s.GetAsync(id, ct))
            .WithName("QualityPolicy_GetStandard").WithSummary("Gets one standard").WithPermission(QualityPolicyPermissions.Standards.Default);
        api.MapPut("/standards/{id:guid}", (IStandardAppService s, Guid id, UpdateStandardInput input, CancellationToken ct) =>
            s.UpdateAsync(id, input, ct))
            .WithName("QualityPolicy_UpdateStandard").WithSummary("Updates a standard").WithPermission(QualityPolicyPermissions.Standards.Manage);
    }
}
