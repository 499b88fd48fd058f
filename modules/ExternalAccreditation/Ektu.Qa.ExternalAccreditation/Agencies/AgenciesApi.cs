using Ektu.Qa.ExternalAccreditation.Permissions;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.ExternalAccreditation.Agencies;

/// <summary>REST endpoints under /api/external-accreditation/agencies; the app service checks permissions.</summary>
internal sealed class AgenciesApi : IEndpointContributor
{
    public const string Route = "/api/external-accreditation/agencies";

    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapFeature(Route, "ExternalAccreditation.Agencies");
        api.MapGet("", (IAgencyAppService s, CancellationToken ct) => s.GetListAsync(ct))
            .WithName("ExternalAccreditation_ListAgencies").WithSummary("Accreditation agencies (reference data).")
            .WithPermission(ExternalAccreditationPermissions.Accreditations.Default);
        api.MapPost("", (IAgencyAppService s, SaveAgencyInput input, CancellationToken ct) =>
                s.CreateAsync(input, ct).Created(a => $"{Route}/{a.Id}"))
            .WithName("ExternalAccreditation_CreateAgency").WithSummary("Adds an agency; its code must be unique.")
            .WithPermission(ExternalAccreditationPermissions.Agencies.Manage);
        api.MapPut("/{id:guid}", (IAgencyAppService s, Guid id, SaveAgencyInput input, CancellationToken ct) => s.UpdateAsync(id, input, ct))
            .WithName("ExternalAccreditation_UpdateAgency").WithSummary("Edits an agency (names, country, register, active).")
            .WithPermission(ExternalAccreditationPermissions.Agencies.Manage);
    }
}
