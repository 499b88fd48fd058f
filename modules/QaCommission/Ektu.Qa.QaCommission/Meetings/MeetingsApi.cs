using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QaCommission.Commissions;
using Ektu.Qa.QaCommission.Permissions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.QaCommission.Meetings;

/// <summary>
/// REST endpoints under /api/qa-commission for meetings, their agenda, materials, decisions and votes, and the minutes;
/// the app service checks permission and scope.
/// </summary>
internal sealed class MeetingsApi : IEndpointContributor
{
    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapFeature("/api/qa-commission", "QaCommission");
        var commissions = api.MapGroup("/commissions");
        var meetings = api.MapGroup("/meetings");
        var decisions = api.MapGroup("/decisions");

        commissions.MapGet("/{id:guid}/meetings", (IMeetingAppService s, Guid id, CancellationToken ct) => s.GetListAsync(id, ct))
            .WithName("QaCommission_ListMeetings").WithSummary("Lists a commission's meetings")
            .WithPermission(QaCommissionPermissions.Meetings.Default);
        commissions.MapPost("/{id:guid}/meetings", (IMeetingAppService s, Guid id, SaveMeetingInput input, CancellationToken ct) =>
            s.CreateAsync(id, input, ct))
            .WithName("QaCommission_CreateMeeting").WithSummary("Schedules a meeting").WithPermission(QaCommissionPermissions.Meetings.Manage);
        meetings.MapGet("/{id:guid}", (IMeetingAppService s, Guid id, CancellationToken ct) => s.GetAsync(id, ct))
            .WithName("QaCommission_GetMeeting").WithSummary("Gets one meeting with its agenda and decisions")
            .WithPermission(QaCommissionPermissions.Meetings.Default);
        meetings.MapPost("/{id:guid}/agenda", (IMeetingAppService s, Guid id, AgendaRequest r, CancellationToken ct) =>
            s.AddAgendaItemAsync(id, r.Title, r.Speaker, r.Version, ct))
            .WithName("QaCommission_AddAgendaItem").WithSummary("Adds an item to a meeting's agenda");
        meetings.MapPost("/{id:guid}/materials", async (IMeetingAppService s, Guid id, HttpRequest request, CancellationToken ct) =>
        {
            var (file, version, stream) = await request.ReadUploadAsync(ct);
            Guid? agendaItemId = Guid.TryParse(request.HasFormContentType ? request.Form["agendaItemId"].ToString() : null, out var ai) ? ai : null;
            await using (stream) return await s.UploadMaterialAsync(id, agendaItemId, new UploadFileInput { FileName = file, Content = stream,
                Version = version }, ct);
        }).WithName("QaCommission_UploadMaterial").WithSummary("Uploads a material for a meeting");
        api.MapGet("/materials/{id:guid}", async (IMeetingAppService s, Guid id, CancellationToken ct) =>
            (await s.DownloadMaterialAsync(id, ct)).ToResult())
            .WithName("QaCommission_DownloadMaterial").WithSummary("Downloads a meeting material")
            .WithPermission(QaCommissionPermissions.Meetings.Default);
        meetings.MapPost("/{id:guid}/reschedule", (IMeetingAppService s, Guid id, RescheduleMeetingInput input, CancellationToken ct) =>
            s.RescheduleAsync(id, input, ct))
            .WithName("QaCommission_RescheduleMeeting").WithSummary("Moves a meeting to another time or place");
        meetings.MapPost("/{id:guid}/materials-sent", (IMeetingAppService s, Guid id, VersionRequest r, CancellationToken ct) =>
            s.MarkMaterialsSentAsync(id, r.Version, ct))
            .WithName("QaCommission_MarkMaterialsSent").WithSummary("Records that the materials were sent to members");
        meetings.MapPut("/{id:guid}/attendance", (IMeetingAppService s, Guid id, AttendanceInput input, CancellationToken ct) =>
            s.SetAttendanceAsync(id, input, ct))
            .WithName("QaCommission_SetAttendance").WithSummary("Records who attended a meeting");
        meetings.MapPost("/{id:guid}/experts", (IMeetingAppService s, Guid id, ExpertRequest r, CancellationToken ct) =>
            s.AddExpertAsync(id, r.FullName, r.Organisation, r.Version, ct))
            .WithName("QaCommission_AddExpert").WithSummary("Invites an outside expert to a meeting");
        meetings.MapPost("/{id:guid}/acting-chair", (IMeetingAppService s, Guid id, ActingChairInput input, CancellationToken ct) =>
            s.AppointActingChairAsync(id, input, ct))
            .WithName("QaCommission_AppointActingChair").WithSummary("Appoints an acting chair for a meeting");
        meetings.MapPost("/{id:guid}/acting-secretary", (IMeetingAppService s, Guid id, ActingSecretaryInput input, CancellationToken ct) =>
            s.AppointActingSecretaryAsync(id, input, ct))
            .WithName("QaCommission_AppointActingSecretary").WithSummary("Appoints an acting secretary for a meeting");
        meetings.MapPut("/{id:guid}/discussion", (IMeetingAppService s, Guid id, DiscussionRequest r, CancellationToken ct) =>
            s.SetDiscussionAsync(id, r.Discussion, r.Version, ct))
            .WithName("QaCommission_SetDiscussion").WithSummary("Records the discussion of an agenda item");
        meetings.MapPost("/{id:guid}/decisions", (IMeetingAppService s, Guid id, AddDecisionInput input, CancellationToken ct) =>
            s.AddDecisionAsync(id, input, ct))
            .WithName("QaCommission_AddDecision").WithSummary("Adds a decision to a meeting");
        meetings.MapPost("/{id:guid}/close", (IMeetingAppService s, Guid id, VersionRequest r, CancellationToken ct) =>
            s.CloseAsync(id, r.Version, ct))
            .WithName("QaCommission_CloseMeeting").WithSummary("Closes a meeting");
        meetings.MapPost("/{id:guid}/sign", (IMeetingAppService s, Guid id, VersionRequest r, CancellationToken ct) =>
            s.SignAsync(id, r.Version, ct))
            .WithName("QaCommission_SignMinutes").WithSummary("Signs a meeting's minutes").WithPermission(QaCommissionPermissions.Minutes.Sign);
        meetings.MapPost("/{id:guid}/send", (IMeetingAppService s, Guid id, VersionRequest r, CancellationToken ct) =>
            s.SendMinutesAsync(id, r.Version, ct))
            .WithName("QaCommission_SendMinutes").WithSummary("Sends signed minutes to members and units");
        meetings.MapPost("/{id:guid}/scan", async (IMeetingAppService s, Guid id, HttpRequest request, CancellationToken ct) =>
        {
            var (file, version, stream) = await request.ReadUploadAsync(ct);
            await using (stream) return await s.UploadSignedScanAsync(id, new UploadFileInput { FileName = file, Content = stream,
                Version = version }, ct);
        }).WithName("QaCommission_UploadSignedScan").WithSummary("Uploads the scan of the signed minutes");
        meetings.MapGet("/{id:guid}/scan", async (IMeetingAppService s, Guid id, CancellationToken ct) =>
            (await s.DownloadSignedScanAsync(id, ct)).ToResult())
            .WithName("QaCommission_DownloadSignedScan").WithSummary("Downloads the scan of the signed minutes")
            .WithPermission(QaCommissionPermissions.Meetings.Default);
        meetings.MapGet("/{id:guid}/minutes", async (IMeetingAppService s, Guid id, MinutesLanguage? language, CancellationToken ct) =>
            (await s.GetMinutesAsync(id, language ?? MinutesLanguage.Kk, ct)).ToResult())
            .WithName("QaCommission_GetMinutes").WithSummary("Builds a meeting's minutes as a Word document")
            .WithPermission(QaCommissionPermissions.Meetings.Default);
        decisions.MapPut("/{id:guid}/votes", (IMeetingAppService s, Guid id, VotesInput input, CancellationToken ct) =>
            s.RecordVotesAsync(id, input, ct))
            .WithName("QaCommission_RecordVotes").WithSummary("Records the votes on a decision").WithPermission(QaCommissionPermissions.Votes.Record);
    }

    internal sealed record AgendaRequest(string Title, string? Speaker, int Version);

    internal sealed record ExpertRequest(string FullName, string? Organisation, int Version);

    internal sealed record DiscussionRequest(string? Discussion, int Version);
}
