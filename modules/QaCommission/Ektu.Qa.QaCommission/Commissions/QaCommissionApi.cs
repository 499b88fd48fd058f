using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QaCommission.Meetings;
using Ektu.Qa.QaCommission.Permissions;
using Ektu.Qa.QaCommission.Plans;
using Ektu.Qa.QaCommission.Register;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.QaCommission.Commissions;

/// <summary>REST endpoints under /api/qa-commission; each calls the app service, which checks permission and scope.</summary>
internal sealed class QaCommissionApi : IEndpointContributor
{
    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/qa-commission").WithTags("QaCommission").RequireAuthorization();

        var c = api.MapGroup("/commissions");
        c.MapGet("", (ICommissionAppService s, CancellationToken ct) => s.GetListAsync(ct))
            .WithName("QaCommission_ListCommissions").WithSummary("Lists commissions in the caller's units")
            .WithPermission(QaCommissionPermissions.Commissions.Default);
        c.MapGet("/{id:guid}", (ICommissionAppService s, Guid id, CancellationToken ct) => s.GetAsync(id, ct))
            .WithName("QaCommission_GetCommission").WithSummary("Gets one commission").WithPermission(QaCommissionPermissions.Commissions.Default);
        c.MapPost("", async (ICommissionAppService s, CreateCommissionInput input, CancellationToken ct) =>
        {
            var x = await s.CreateAsync(input, ct);
            return Results.Created($"/api/qa-commission/commissions/{x.Id}", x);
        })
            .WithName("QaCommission_CreateCommission").WithSummary("Forms a school's commission")
            .WithPermission(QaCommissionPermissions.Commissions.Manage);
        c.MapPost("/{id:guid}/dissolve", (ICommissionAppService s, Guid id, DissolveCommissionInput input, CancellationToken ct) =>
            s.DissolveAsync(id, input, ct))
            .WithName("QaCommission_DissolveCommission").WithSummary("Dissolves a commission")
            .WithPermission(QaCommissionPermissions.Commissions.Manage);
        // Multipart ("file", "version"), read by hand: no form binding, so no antiforgery for bearer-token clients (cookie is SameSite=Lax).
        c.MapPost("/{id:guid}/order", async (ICommissionAppService s, Guid id, HttpRequest request, CancellationToken ct) =>
        {
            var (file, version, stream) = await request.ReadUploadAsync(ct);
            await using (stream) return await s.UploadOrderAsync(id, new UploadFileInput { FileName = file, Content = stream, Version = version },
                ct);
        })
            .WithName("QaCommission_UploadCommissionOrder").WithSummary("Uploads the order that formed the commission")
            .WithPermission(QaCommissionPermissions.Commissions.Manage);
        c.MapGet("/{id:guid}/order", async (ICommissionAppService s, Guid id, CancellationToken ct) =>
            (await s.DownloadOrderAsync(id, ct)).ToResult())
            .WithName("QaCommission_DownloadCommissionOrder").WithSummary("Downloads the order that formed the commission")
            .WithPermission(QaCommissionPermissions.Commissions.Default);
        c.MapGet("/{id:guid}/members", (ICommissionAppService s, Guid id, CancellationToken ct) => s.GetMembersAsync(id, ct))
            .WithName("QaCommission_ListMembers").WithSummary("Lists a commission's members")
            .WithPermission(QaCommissionPermissions.Commissions.Default);
        c.MapPost("/{id:guid}/members", (ICommissionAppService s, Guid id, SaveMemberInput input, CancellationToken ct) =>
            s.AddMemberAsync(id, input, ct))
            .WithName("QaCommission_AddMember").WithSummary("Adds a member to a commission").WithPermission(QaCommissionPermissions.Members.Manage);
        c.MapPost("/{id:guid}/members/{memberId:guid}/end", (ICommissionAppService s, Guid id, Guid memberId, EndMemberRequest r,
            CancellationToken ct) =>
            s.EndMembershipAsync(id, memberId, r.EndedOn, r.Version, ct))
            .WithName("QaCommission_EndMembership").WithSummary("Ends a member's membership").WithPermission(QaCommissionPermissions.Members.Manage);
        c.MapGet("/{id:guid}/elections", (ICommissionAppService s, Guid id, CancellationToken ct) => s.GetElectionsAsync(id, ct))
            .WithName("QaCommission_ListElections").WithSummary("Lists a commission's elections of chair and secretary")
            .WithPermission(QaCommissionPermissions.Commissions.Default);
        c.MapPost("/{id:guid}/elections", (ICommissionAppService s, Guid id, ElectionInput input, CancellationToken ct) =>
            s.ElectAsync(id, input, ct))
            .WithName("QaCommission_ElectOfficer").WithSummary("Records the election of a chair or secretary")
            .WithPermission(QaCommissionPermissions.Members.Manage);
        c.MapGet("/{id:guid}/plans", (IPlanAppService s, Guid id, CancellationToken ct) => s.GetPlansAsync(id, ct))
            .WithName("QaCommission_ListPlans").WithSummary("Lists a commission's work plans")
            .WithPermission(QaCommissionPermissions.Commissions.Default);
        c.MapPost("/{id:guid}/plans", (IPlanAppService s, Guid id, CreatePlanRequest r, CancellationToken ct) =>
            s.CreatePlanAsync(id, r.AcademicYear, ct))
            .WithName("QaCommission_CreatePlan").WithSummary("Creates a work plan for an academic year")
            .WithPermission(QaCommissionPermissions.Plans.Manage);
        c.MapGet("/{id:guid}/monitoring-events", (IPlanAppService s, Guid id, CancellationToken ct) => s.GetEventsAsync(id, ct))
            .WithName("QaCommission_ListMonitoringEvents").WithSummary("Lists a commission's monitoring events")
            .WithPermission(QaCommissionPermissions.Commissions.Default);
        c.MapPost("/{id:guid}/monitoring-events", (IPlanAppService s, Guid id, SaveMonitoringEventInput input, CancellationToken ct) =>
            s.AddEventAsync(id, input, ct))
            .WithName("QaCommission_AddMonitoringEvent").WithSummary("Adds a monitoring event").WithPermission(QaCommissionPermissions.Plans.Manage);
        c.MapGet("/{id:guid}/meetings", (IMeetingAppService s, Guid id, CancellationToken ct) => s.GetListAsync(id, ct))
            .WithName("QaCommission_ListMeetings").WithSummary("Lists a commission's meetings")
            .WithPermission(QaCommissionPermissions.Meetings.Default);
        c.MapPost("/{id:guid}/meetings", (IMeetingAppService s, Guid id, SaveMeetingInput input, CancellationToken ct) =>
            s.CreateAsync(id, input, ct))
            .WithName("QaCommission_CreateMeeting").WithSummary("Schedules a meeting").WithPermission(QaCommissionPermissions.Meetings.Manage);
        c.MapGet("/{id:guid}/register", (IDecisionRegisterAppService s, Guid id, bool? overdueOnly, CancellationToken ct) =>
            s.GetRegisterAsync(id, overdueOnly ?? false, ct))
            .WithName("QaCommission_GetDecisionRegister").WithSummary("Gets a commission's register of decisions")
            .WithPermission(QaCommissionPermissions.Decisions.Default);
        c.MapGet("/{id:guid}/status-requests", (IDecisionRegisterAppService s, Guid id, CancellationToken ct) => s.GetRequestsAsync(id, ct))
            .WithName("QaCommission_ListStatusRequests").WithSummary("Lists requests for the status of decisions")
            .WithPermission(QaCommissionPermissions.Decisions.Default);
        c.MapGet("/{id:guid}/dashboard", (IDecisionRegisterAppService s, Guid id, CancellationToken ct) => s.GetDashboardAsync(id, ct))
            .WithName("QaCommission_GetDashboard").WithSummary("Gets a commission's dashboard figures")
            .WithPermission(QaCommissionPermissions.Commissions.Default);

        api.MapGet("/schools/{schoolId:guid}/programme-committee", (ICommissionAppService s, Guid schoolId, CancellationToken ct) =>
            s.GetProgrammeCommitteeAsync(schoolId, ct))
            .WithName("QaCommission_ListProgrammeCommittee").WithSummary("Lists a school's programme committee")
            .WithPermission(QaCommissionPermissions.Commissions.Default);
        api.MapPost("/schools/{schoolId:guid}/programme-committee", (ICommissionAppService s, Guid schoolId, UserRequest r, CancellationToken ct) =>
            s.AddProgrammeCommitteeMemberAsync(schoolId, r.UserId, ct))
            .WithName("QaCommission_AddProgrammeCommitteeMember").WithSummary("Adds a member to a school's programme committee")
            .WithPermission(QaCommissionPermissions.Commissions.Manage);
        api.MapDelete("/programme-committee/{id:guid}", async (ICommissionAppService s, Guid id, CancellationToken ct) =>
        {
            await s.RemoveProgrammeCommitteeMemberAsync(id, ct);
            return Results.NoContent();
        })
            .WithName("QaCommission_RemoveProgrammeCommitteeMember").WithSummary("Removes a member from a programme committee")
            .WithPermission(QaCommissionPermissions.Commissions.Manage);

        var p = api.MapGroup("/plans");
        p.MapPost("/{id:guid}/items", (IPlanAppService s, Guid id, SaveWorkPlanItemInput input, CancellationToken ct) =>
            s.AddItemAsync(id, input, ct))
            .WithName("QaCommission_AddPlanItem").WithSummary("Adds an item to a work plan");
        p.MapPost("/{id:guid}/status", (IPlanAppService s, Guid id, PlanStatusRequest r, CancellationToken ct) =>
            s.SetStatusAsync(id, r.Status, r.ApprovedOn, r.Version, ct))
            .WithName("QaCommission_SetPlanStatus").WithSummary("Sets the status of a work plan");
        p.MapPost("/{id:guid}/submit", (IPlanAppService s, Guid id, VersionRequest r, CancellationToken ct) =>
            s.SubmitForApprovalAsync(id, r.Version, ct))
            .WithName("QaCommission_SubmitPlan").WithSummary("Submits a work plan for approval").WithPermission(QaCommissionPermissions.Plans.Manage);
        api.MapDelete("/monitoring-events/{id:guid}", async (IPlanAppService s, Guid id, int version, CancellationToken ct) =>
        {
            await s.RemoveEventAsync(id, version, ct);
            return Results.NoContent();
        }).WithName("QaCommission_RemoveMonitoringEvent").WithSummary("Removes a monitoring event");

        var m = api.MapGroup("/meetings");
        m.MapGet("/{id:guid}", (IMeetingAppService s, Guid id, CancellationToken ct) => s.GetAsync(id, ct))
            .WithName("QaCommission_GetMeeting").WithSummary("Gets one meeting with its agenda and decisions")
            .WithPermission(QaCommissionPermissions.Meetings.Default);
        m.MapPost("/{id:guid}/agenda", (IMeetingAppService s, Guid id, AgendaRequest r, CancellationToken ct) =>
            s.AddAgendaItemAsync(id, r.Title, r.Speaker, r.Version, ct))
            .WithName("QaCommission_AddAgendaItem").WithSummary("Adds an item to a meeting's agenda");
        m.MapPost("/{id:guid}/materials", async (IMeetingAppService s, Guid id, HttpRequest request, CancellationToken ct) =>
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
        m.MapPost("/{id:guid}/reschedule", (IMeetingAppService s, Guid id, RescheduleMeetingInput input, CancellationToken ct) =>
            s.RescheduleAsync(id, input, ct))
            .WithName("QaCommission_RescheduleMeeting").WithSummary("Moves a meeting to another time or place");
        m.MapPost("/{id:guid}/materials-sent", (IMeetingAppService s, Guid id, VersionRequest r, CancellationToken ct) =>
            s.MarkMaterialsSentAsync(id, r.Version, ct))
            .WithName("QaCommission_MarkMaterialsSent").WithSummary("Records that the materials were sent to members");
        m.MapPut("/{id:guid}/attendance", (IMeetingAppService s, Guid id, AttendanceInput input, CancellationToken ct) =>
            s.SetAttendanceAsync(id, input, ct))
            .WithName("QaCommission_SetAttendance").WithSummary("Records who attended a meeting");
        m.MapPost("/{id:guid}/experts", (IMeetingAppService s, Guid id, ExpertRequest r, CancellationToken ct) =>
            s.AddExpertAsync(id, r.FullName, r.Organisation, r.Version, ct))
            .WithName("QaCommission_AddExpert").WithSummary("Invites an outside expert to a meeting");
        m.MapPost("/{id:guid}/acting-chair", (IMeetingAppService s, Guid id, ActingChairInput input, CancellationToken ct) =>
            s.AppointActingChairAsync(id, input, ct))
            .WithName("QaCommission_AppointActingChair").WithSummary("Appoints an acting chair for a meeting");
        m.MapPost("/{id:guid}/acting-secretary", (IMeetingAppService s, Guid id, ActingSecretaryInput input, CancellationToken ct) =>
            s.AppointActingSecretaryAsync(id, input, ct))
            .WithName("QaCommission_AppointActingSecretary").WithSummary("Appoints an acting secretary for a meeting");
        m.MapPut("/{id:guid}/discussion", (IMeetingAppService s, Guid id, DiscussionRequest r, CancellationToken ct) =>
            s.SetDiscussionAsync(id, r.Discussion, r.Version, ct))
            .WithName("QaCommission_SetDiscussion").WithSummary("Records the discussion of an agenda item");
        m.MapPost("/{id:guid}/decisions", (IMeetingAppService s, Guid id, AddDecisionInput input, CancellationToken ct) =>
            s.AddDecisionAsync(id, input, ct))
            .WithName("QaCommission_AddDecision").WithSummary("Adds a decision to a meeting");
        m.MapPost("/{id:guid}/close", (IMeetingAppService s, Guid id, VersionRequest r, CancellationToken ct) => s.CloseAsync(id, r.Version, ct))
            .WithName("QaCommission_CloseMeeting").WithSummary("Closes a meeting");
        m.MapPost("/{id:guid}/sign", (IMeetingAppService s, Guid id, VersionRequest r, CancellationToken ct) => s.SignAsync(id, r.Version, ct))
            .WithName("QaCommission_SignMinutes").WithSummary("Signs a meeting's minutes").WithPermission(QaCommissionPermissions.Minutes.Sign);
        m.MapPost("/{id:guid}/send", (IMeetingAppService s, Guid id, VersionRequest r, CancellationToken ct) => s.SendMinutesAsync(id, r.Version, ct))
            .WithName("QaCommission_SendMinutes").WithSummary("Sends signed minutes to members and units");
        m.MapPost("/{id:guid}/scan", async (IMeetingAppService s, Guid id, HttpRequest request, CancellationToken ct) =>
        {
            var (file, version, stream) = await request.ReadUploadAsync(ct);
            await using (stream) return await s.UploadSignedScanAsync(id, new UploadFileInput { FileName = file, Content = stream,
                Version = version }, ct);
        }).WithName("QaCommission_UploadSignedScan").WithSummary("Uploads the scan of the signed minutes");
        m.MapGet("/{id:guid}/scan", async (IMeetingAppService s, Guid id, CancellationToken ct) =>
            (await s.DownloadSignedScanAsync(id, ct)).ToResult())
            .WithName("QaCommission_DownloadSignedScan").WithSummary("Downloads the scan of the signed minutes")
            .WithPermission(QaCommissionPermissions.Meetings.Default);
        m.MapGet("/{id:guid}/minutes", async (IMeetingAppService s, Guid id, MinutesLanguage? language, CancellationToken ct) =>
            (await s.GetMinutesAsync(id, language ?? MinutesLanguage.Kk, ct)).ToResult())
            .WithName("QaCommission_GetMinutes").WithSummary("Builds a meeting's minutes as a Word document")
            .WithPermission(QaCommissionPermissions.Meetings.Default);

        var d = api.MapGroup("/decisions");
        d.MapPut("/{id:guid}/votes", (IMeetingAppService s, Guid id, VotesInput input, CancellationToken ct) => s.RecordVotesAsync(id, input, ct))
            .WithName("QaCommission_RecordVotes").WithSummary("Records the votes on a decision").WithPermission(QaCommissionPermissions.Votes.Record);
        d.MapPut("/{id:guid}/register", (IDecisionRegisterAppService s, Guid id, UpdateRegisterEntryInput input, CancellationToken ct) =>
            s.UpdateAsync(id, input, ct))
            .WithName("QaCommission_UpdateRegisterEntry").WithSummary("Updates a decision's register entry")
            .WithPermission(QaCommissionPermissions.Decisions.Manage);
        d.MapGet("/{id:guid}/evidence", (IDecisionRegisterAppService s, Guid id, CancellationToken ct) => s.GetEvidenceAsync(id, ct))
            .WithName("QaCommission_ListDecisionEvidence").WithSummary("Lists evidence that a decision was carried out");
        d.MapPost("/{id:guid}/evidence", (IDecisionRegisterAppService s, Guid id, NoteRequest r, CancellationToken ct) =>
            s.AddEvidenceAsync(id, r.Note, null, ct))
            .WithName("QaCommission_AddDecisionEvidence").WithSummary("Adds evidence that a decision was carried out");
        api.MapGet("/evidence/{id:guid}", async (IDecisionRegisterAppService s, Guid id, CancellationToken ct) =>
            (await s.DownloadEvidenceAsync(id, ct)).ToResult())
            .WithName("QaCommission_DownloadDecisionEvidence").WithSummary("Downloads a piece of decision evidence");
        d.MapGet("/{id:guid}/violations", (IDecisionRegisterAppService s, Guid id, CancellationToken ct) => s.GetViolationsAsync(id, ct))
            .WithName("QaCommission_ListViolations").WithSummary("Lists violations recorded against a decision");
        d.MapPost("/{id:guid}/violations", (IDecisionRegisterAppService s, Guid id, ViolationRequest r, CancellationToken ct) =>
            s.RecordViolationAsync(id, r.Kind, r.Note, ct))
            .WithName("QaCommission_RecordViolation").WithSummary("Records a violation of a decision")
            .WithPermission(QaCommissionPermissions.Decisions.Manage);
        api.MapPost("/violations/{id:guid}/inquiry", (IDecisionRegisterAppService s, Guid id, InquiryRequest r, CancellationToken ct) =>
            s.RecordInquiryAsync(id, r.OrderNumber, r.OrderDate, r.Version, ct))
            .WithName("QaCommission_RecordInquiry").WithSummary("Records the outcome of an inquiry into a violation")
            .WithPermission(QaCommissionPermissions.Decisions.Inquire);

        api.MapPost("/status-requests/generate", (IDecisionRegisterAppService s, QuarterRequest r, CancellationToken ct) =>
            s.GenerateQuarterlyRequestsAsync(r.QuarterEnd, ct))
            .WithName("QaCommission_GenerateStatusRequests").WithSummary("Generates the quarterly requests for the status of decisions")
            .WithPermission(QaCommissionPermissions.Decisions.Manage);
        api.MapPost("/register/scan-overdue", (IDecisionRegisterAppService s, CancellationToken ct) => s.ScanOverdueAsync(ct))
            .WithName("QaCommission_ScanOverdueDecisions").WithSummary("Marks overdue decisions in the register")
            .WithPermission(QaCommissionPermissions.Decisions.Manage);
        api.MapGet("/status-requests/mine", (IDecisionRegisterAppService s, CancellationToken ct) => s.GetMyRequestsAsync(ct))
            .WithName("QaCommission_ListMyStatusRequests").WithSummary("Lists the status requests addressed to the caller")
            .WithPermission(QaCommissionPermissions.Decisions.Respond);
        api.MapPost("/status-requests/{id:guid}/respond", (IDecisionRegisterAppService s, Guid id, RespondRequest r, CancellationToken ct) =>
            s.RespondAsync(id, r.Response, r.Version, ct))
            .WithName("QaCommission_RespondToStatusRequest").WithSummary("Answers a request for the status of a decision")
            .WithPermission(QaCommissionPermissions.Decisions.Respond);
        api.MapGet("/notices/mine", (IDecisionRegisterAppService s, CancellationToken ct) => s.GetMyNoticesAsync(ct))
            .WithName("QaCommission_ListMyNotices").WithSummary("Lists the notices addressed to the caller");
    }

    internal sealed record VersionRequest(int Version);

    internal sealed record EndMemberRequest(DateOnly EndedOn, int Version);

    internal sealed record CreatePlanRequest(int AcademicYear);

    internal sealed record PlanStatusRequest(WorkPlanStatus Status, DateOnly? ApprovedOn, int Version);

    internal sealed record UserRequest(Guid UserId);

    internal sealed record AgendaRequest(string Title, string? Speaker, int Version);

    internal sealed record ExpertRequest(string FullName, string? Organisation, int Version);

    internal sealed record DiscussionRequest(string? Discussion, int Version);

    internal sealed record NoteRequest(string? Note);

    internal sealed record ViolationRequest(ViolationKind Kind, string? Note);

    internal sealed record InquiryRequest(string OrderNumber, DateOnly OrderDate, int Version);

    internal sealed record QuarterRequest(DateOnly QuarterEnd);

    internal sealed record RespondRequest(string Response, int Version);
}
