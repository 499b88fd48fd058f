using Ektu.Qa.ExternalAccreditation.Permissions;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.ExternalAccreditation.Rankings;

/// <summary>REST endpoints under /api/external-accreditation/rankings; the app service checks permission.</summary>
internal sealed class RankingsApi : IEndpointContributor
{
    public const string Route = "/api/external-accreditation/rankings";

    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapFeature(Route, "ExternalAccreditation.Rankings");
        const string view = ExternalAccreditationPermissions.Rankings.Default;
        const string manage = ExternalAccreditationPermissions.Rankings.Manage;
        api.MapGet("/systems", (IRankingAppService s, CancellationToken ct) => s.GetSystemsAsync(ct))
            .WithName("ExternalAccreditation_ListRankingSystems").WithSummary("The rankings the university takes part in.").WithPermission(view);
        api.MapPost("/systems", (IRankingAppService s, SaveRankingSystemInput input, CancellationToken ct) =>
                s.CreateSystemAsync(input, ct).Created(x => $"{Route}/systems/{x.Id}"))
            .WithName("ExternalAccreditation_CreateRankingSystem").WithSummary("Adds a ranking system.").WithPermission(manage);
        api.MapPut("/systems/{id:guid}", (IRankingAppService s, Guid id, SaveRankingSystemInput input, CancellationToken ct) =>
                s.UpdateSystemAsync(id, input, ct))
            .WithName("ExternalAccreditation_UpdateRankingSystem").WithSummary("Edits a ranking system.").WithPermission(manage);
        api.MapGet("/entries", (IRankingAppService s, Guid? systemId, CancellationToken ct) => s.GetEntriesAsync(systemId, ct))
            .WithName("ExternalAccreditation_ListRankingEntries").WithSummary("Ranking results, newest edition first.").WithPermission(view);
        api.MapGet("/entries/{id:guid}", (IRankingAppService s, Guid id, CancellationToken ct) => s.GetEntryAsync(id, ct))
            .WithName("ExternalAccreditation_GetRankingEntry").WithSummary("One ranking result.").WithPermission(view);
        api.MapPost("/entries", (IRankingAppService s, SaveRankingEntryInput input, CancellationToken ct) =>
                s.CreateEntryAsync(input, ct).Created(x => $"{Route}/entries/{x.Id}"))
            .WithName("ExternalAccreditation_CreateRankingEntry").WithSummary("Records a result: edition, position or band, data submitted.")
            .WithPermission(manage);
        api.MapPut("/entries/{id:guid}", (IRankingAppService s, Guid id, SaveRankingEntryInput input, CancellationToken ct) =>
                s.UpdateEntryAsync(id, input, ct))
            .WithName("ExternalAccreditation_UpdateRankingEntry").WithSummary("Edits a ranking result.").WithPermission(manage);
        api.MapGet("/top-five", (IRankingAppService s, CancellationToken ct) => s.GetTopFiveSharesAsync(ct))
            .WithName("ExternalAccreditation_GetTopFiveShares")
            .WithSummary("Per programme ranking and year: the share of ranked programmes in the top 5 of their direction.").WithPermission(view);
    }
}
