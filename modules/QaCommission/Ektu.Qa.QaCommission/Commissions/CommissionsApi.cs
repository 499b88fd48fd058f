using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QaCommission.Permissions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.QaCommission.Commissions;

/// <summary>
/// REST endpoints under /api/qa-commission for commissions, their order, members and elections, and the schools' programme committees;
/// the app service checks permission and scope.
/// </summary>
internal sealed class CommissionsApi : IEndpointContributor
{
    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapFeature("/api/qa-commission", "QaCommission");
        var commissions = api.MapGroup("/commissions");

        commissions.MapGet("", (ICommissionAppService s, CancellationToken ct) => s.GetListAsync(ct))
            .WithName("QaCommission_ListCommissions").WithSummary("Lists commissions in the caller's units")
            .WithPermission(QaCommissionPermissions.Commissions.Default);
        commissions.MapGet("/{id:guid}", (ICommissionAppService s, Guid id, CancellationToken ct) => s.GetAsync(id, ct))
            .WithName("QaCommission_GetCommission").WithSummary("Gets one commission").WithPermission(QaCommissionPermissions.Commissions.Default);
        commissions.MapPost("", (ICommissionAppService s, CreateCommissionInput input, CancellationToken ct) =>
                s.CreateAsync(input, ct).Created(x => $"/api/qa-commission/commissions/{x.Id}"))
            .WithName("QaCommission_CreateCommission").WithSummary("Forms a school's commission")
            .WithPermission(QaCommissionPermissions.Commissions.Manage);
        commissions.MapPost("/{id:guid}/dissolve", (ICommissionAppService s, Guid id, DissolveCommissionInput input, CancellationToken ct) =>
            s.DissolveAsync(id, input, ct))
            .WithName("QaCommission_DissolveCommission").WithSummary("Dissolves a commission")
            .WithPermission(QaCommissionPermissions.Commissions.Manage);
        // Multipart ("file", "version"), read by hand: no form binding, so no antiforgery for bearer-token clients (cookie is SameSite=Lax).
        commissions.MapPost("/{id:guid}/order", async (ICommissionAppService s, Guid id, HttpRequest request, CancellationToken ct) =>
        {
            var (file, version, stream) = await request.ReadUploadAsync(ct);
            await using (stream) return await s.UploadOrderAsync(id, new UploadFileInput { FileName = file, Content = stream, Version = version },
                ct);
        })
            .WithName("QaCommission_UploadCommissionOrder").WithSummary("Uploads the order that formed the commission")
            .WithPermission(QaCommissionPermissions.Commissions.Manage);
        commissions.MapGet("/{id:guid}/order", async (ICommissionAppService s, Guid id, CancellationToken ct) =>
            (await s.DownloadOrderAsync(id, ct)).ToResult())
            .WithName("QaCommission_DownloadCommissionOrder").WithSummary("Downloads the order that formed the commission")
            .WithPermission(QaCommissionPermissions.Commissions.Default);
        commissions.MapGet("/{id:guid}/members", (ICommissionAppService s, Guid id, CancellationToken ct) => s.GetMembersAsync(id, ct))
            .WithName("QaCommission_ListMembers").WithSummary("Lists a commission's members")
            .WithPermission(QaCommissionPermissions.Commissions.Default);
        commissions.MapPost("/{id:guid}/members", (ICommissionAppService s, Guid id, SaveMemberInput input, CancellationToken ct) =>
            s.AddMemberAsync(id, input, ct))
            .WithName("QaCommission_AddMember").WithSummary("Adds a member to a commission").WithPermission(QaCommissionPermissions.Members.Manage);
        commissions.MapPost("/{id:guid}/members/{memberId:guid}/end", (ICommissionAppService s, Guid id, Guid memberId, EndMemberRequest r,
            CancellationToken ct) =>
            s.EndMembershipAsync(id, memberId, r.EndedOn, r.Version, ct))
            .WithName("QaCommission_EndMembership").WithSummary("Ends a member's membership").WithPermission(QaCommissionPermissions.Members.Manage);
        commissions.MapGet("/{id:guid}/elections", (ICommissionAppService s, Guid id, CancellationToken ct) => s.GetElectionsAsync(id, ct))
            .WithName("QaCommission_ListElections").WithSummary("Lists a commission's elections of chair and secretary")
            .WithPermission(QaCommissionPermissions.Commissions.Default);
        commissions.MapPost("/{id:guid}/elections", (ICommissionAppService s, Guid id, ElectionInput input, CancellationToken ct) =>
            s.ElectAsync(id, input, ct))
            .WithName("QaCommission_ElectOfficer").WithSummary("Records the election of a chair or secretary")
            .WithPermission(QaCommissionPermissions.Members.Manage);
        api.MapGet("/schools/{schoolId:guid}/programme-committee", (ICommissionAppService s, Guid schoolId, CancellationToken ct) =>
            s.GetProgrammeCommitteeAsync(schoolId, ct))
            .WithName("QaCommission_ListProgrammeCommittee").WithSummary("Lists a school's programme committee")
            .WithPermission(QaCommissionPermissions.Commissions.Default);
        api.MapPost("/schools/{schoolId:guid}/programme-committee", (ICommissionAppService s, Guid schoolId, UserRequest r, CancellationToken ct) =>
            s.AddProgrammeCommitteeMemberAsync(schoolId, r.UserId, ct))
            .WithName("QaCommission_AddProgrammeCommitteeMember").WithSummary("Adds a member to a school's programme committee")
            .WithPermission(QaCommissionPermissions.Commissions.Manage);
        api.MapDelete("/programme-committee/{id:guid}", (ICommissionAppService s, Guid id, CancellationToken ct) =>
                s.RemoveProgrammeCommitteeMemberAsync(id, ct).NoContent())
            .WithName("QaCommission_RemoveProgrammeCommitteeMember").WithSummary("Removes a member from a programme committee")
            .WithPermission(QaCommissionPermissions.Commissions.Manage);
    }

    internal sealed record EndMemberRequest(DateOnly EndedOn, int Version);

    internal sealed record UserRequest(Guid UserId);
}
