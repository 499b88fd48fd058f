using Ektu.Qa.InformationManagement.Permissions;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.InformationManagement.Collegial;

/// <summary>REST endpoints under /api/information-management/collegial-analyses; the app service checks permission and scope.</summary>
internal sealed class CollegialApi : IEndpointContributor
{
    public const string Route = "/api/information-management/collegial-analyses";

    public void Map(IEndpointRouteBuilder app)
    {
        const string read = InformationManagementPermissions.Collegial.Default;
        const string manage = InformationManagementPermissions.Collegial.Manage;
        var api = app.MapFeature(Route, "InformationManagement.Collegial");
        api.MapGet("", (ICollegialAppService s, CancellationToken ct) => s.GetListAsync(ct))
            .WithName("InformationManagement_ListCollegialAnalyses").WithSummary("Collegial analyses in the caller's scope, newest first.")
            .WithPermission(read);
        api.MapGet("/{id:guid}", (ICollegialAppService s, Guid id, CancellationToken ct) => s.GetAsync(id, ct))
            .WithName("InformationManagement_GetCollegialAnalysis").WithSummary("One collegial analysis with its plan items.")
            .WithPermission(read);
        api.MapPost("", (ICollegialAppService s, SaveCollegialAnalysisInput input, CancellationToken ct) =>
                s.CreateAsync(input, ct).Created(a => $"{Route}/{a.Id}"))
            .WithName("InformationManagement_CreateCollegialAnalysis").WithSummary("Records which body analysed what and what it decided.")
            .WithPermission(manage);
        api.MapPut("/{id:guid}", (ICollegialAppService s, Guid id, SaveCollegialAnalysisInput input, CancellationToken ct) =>
                s.UpdateAsync(id, input, ct))
            .WithName("InformationManagement_UpdateCollegialAnalysis").WithSummary("Edits a collegial analysis record.").WithPermission(manage);
        api.MapPost("/{id:guid}/actions", (ICollegialAppService s, Guid id, SaveCollegialActionInput input, CancellationToken ct) =>
                s.AddActionAsync(id, input, ct))
            .WithName("InformationManagement_AddCollegialAction").WithSummary("Adds an item to the action plan or road map.")
            .WithPermission(manage);
        api.MapPost("/{id:guid}/actions/{actionId:guid}/capa", (ICollegialAppService s, Guid id, Guid actionId, CancellationToken ct) =>
                s.RaiseCapaAsync(id, actionId, ct))
            .WithName("InformationManagement_RaiseCollegialActionCapa").WithSummary("Raises the item as a CAPA item, once.")
            .WithPermission(manage);
    }
}
