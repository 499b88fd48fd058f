using Ektu.Qa.Identity.Permissions;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.Identity.Sync;

/// <summary>The push API for the university portal under /api/identity/sync: units first, then people, in batches.</summary>
internal sealed class SyncApi : IEndpointContributor
{
    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapFeature("/api/identity/sync", "Identity");
        api.MapPost("/units", (ISyncAppService s, SyncUnitInput[]? units, CancellationToken ct) => s.PushUnitsAsync(units, ct))
            .WithName("Identity_SyncUnits").WithSummary("Creates or updates organisation units by external id (parents first; at most 1000)")
            .WithPermission(IdentityPermissions.Sync.Default);
        api.MapPost("/units/deactivate", (ISyncAppService s, string[]? externalIds, CancellationToken ct) => s.DeactivateUnitsAsync(externalIds, ct))
            .WithName("Identity_DeactivateSyncedUnits").WithSummary("Deactivates organisation units by external id")
            .WithPermission(IdentityPermissions.Sync.Default);
        api.MapPost("/people", (ISyncAppService s, SyncPersonInput[]? people, CancellationToken ct) => s.PushPeopleAsync(people, ct))
            .WithName("Identity_SyncPeople").WithSummary("Creates or updates staff and students by external id and applies the role rules")
            .WithPermission(IdentityPermissions.Sync.Default);
        api.MapPost("/people/deactivate", (ISyncAppService s, string[]? externalIds, CancellationToken ct) =>
                s.DeactivatePeopleAsync(externalIds, ct))
            .WithName("Identity_DeactivateSyncedPeople").WithSummary("Deactivates people by external id; their rule grants are withdrawn")
            .WithPermission(IdentityPermissions.Sync.Default);
        api.MapGet("/runs", (ISyncAppService s, int? page, int? pageSize, CancellationToken ct) => s.GetRunsAsync(page ?? 1, pageSize ?? 50, ct))
            .WithName("Identity_ListSyncRuns").WithSummary("Lists sync runs, newest first").WithPermission(IdentityPermissions.Sync.Default);
        api.MapGet("/runs/{id:guid}/items", (ISyncAppService s, Guid id, CancellationToken ct) => s.GetRunItemsAsync(id, ct))
            .WithName("Identity_ListSyncRunItems").WithSummary("Lists the items of a sync run that changed or failed")
            .WithPermission(IdentityPermissions.Sync.Default);
        // Multipart (part "file"), read by hand as the other upload endpoints: no form binding, the Kernel's antiforgery rule for cookies.
        api.MapPost("/imports", async (IPeopleImportAppService s, HttpRequest request, string? mapping, CancellationToken ct) =>
        {
            var (fileName, _, stream) = await request.ReadUploadAsync(ct);
            await using var content = stream;
            return await s.PreviewAsync(fileName, content, mapping, ct);
        })
            .WithName("Identity_UploadPeopleImport").WithSummary("Uploads a CSV or XLSX file of people and previews it (multipart)")
            .WithPermission(IdentityPermissions.Sync.Default);
        api.MapPost("/imports/{id:guid}", (IPeopleImportAppService s, Guid id, ImportRequest r, CancellationToken ct) =>
                s.ImportAsync(id, r.Mapping, r.SaveAs, ct))
            .WithName("Identity_RunPeopleImport").WithSummary("Imports an uploaded file with a column mapping (field → column header)")
            .WithPermission(IdentityPermissions.Sync.Default);
        api.MapGet("/runs/{id:guid}/result", async (IPeopleImportAppService s, Guid id, CancellationToken ct) =>
                (await s.GetResultFileAsync(id, ct)).ToResult())
            .WithName("Identity_GetSyncRunResultFile").WithSummary("Downloads an import run's per-row result file (XLSX)")
            .WithPermission(IdentityPermissions.Sync.Default);
        api.MapGet("/rules", (ISyncAppService s, CancellationToken ct) => s.GetRulesAsync(ct))
            .WithName("Identity_ListSyncRules").WithSummary("Lists the role rules applied on every sync")
            .WithPermission(IdentityPermissions.Sync.Default);
        api.MapPost("/rules", (ISyncAppService s, SaveSyncRuleInput input, CancellationToken ct) => s.CreateRuleAsync(input, ct))
            .WithName("Identity_CreateSyncRule").WithSummary("Adds a role rule").WithPermission(IdentityPermissions.Sync.Default);
        api.MapDelete("/rules/{id:guid}", (ISyncAppService s, Guid id, CancellationToken ct) => s.DeleteRuleAsync(id, ct).NoContent())
            .WithName("Identity_DeleteSyncRule").WithSummary("Removes a role rule").WithPermission(IdentityPermissions.Sync.Default);
    }

    internal sealed record ImportRequest(Dictionary<string, string>? Mapping, string? SaveAs);
}
