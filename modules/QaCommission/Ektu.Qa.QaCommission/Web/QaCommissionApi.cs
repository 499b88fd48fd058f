using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QaCommission.Commissions;
using Ektu.Qa.QaCommission.Meetings;
using Ektu.Qa.QaCommission.Plans;
using Ektu.Qa.QaCommission.Register;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.QaCommission.Web;

/// <summary>REST endpoints under /api/qa-commission; each calls the app service, which checks permission and scope.</summary>
internal sealed class QaCommissionApi : IEndpointContributor
{
    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/qa-commission").WithTags("QaCommission").RequireAuthorization();

        var c = api.MapGroup("/commissions");
        c.MapGet("", (ICommissionAppService s, CancellationToken ct) => s.GetListAsync(ct));
        c.MapGet("/{id:guid}", (ICommissionAppService s, Guid id, CancellationToken ct) => s.GetAsync(id, ct));
        c.MapPost("", async (ICommissionAppService s, CreateCommissionInput input, CancellationToken ct) =>
        {
            var x = await s.CreateAsync(input, ct);
            return Results.Created($"/api/qa-commission/commissions/{x.Id}", x);
        });
        c.MapPost("/{id:guid}/dissolve", (ICommissionAppService s, Guid id, DissolveCommissionInput input, CancellationToken ct) => s.DissolveAsync(id, input, ct));
        // Multipart ("file", "version"), read by hand: no form binding, so no antiforgery for bearer-token clients (cookie is SameSite=Lax).
        c.MapPost("/{id:guid}/order", async (ICommissionAppService s, Guid id, HttpRequest request, CancellationToken ct) =>
        {
            var (file, version, stream) = await request.ReadUploadAsync(ct);
            await using (stream) return await s.UploadOrderAsync(id, new UploadFileInput { FileName = file, Content = stream, Version = version }, ct);
        });
        c.MapGet("/{id:guid}/order", async (ICommissionAppService s, Guid id, CancellationToken ct) => (await s.DownloadOrderAsync(id, ct)).ToResult());
        c.MapGet("/{id:guid}/members", (ICommissionAppService s, Guid id, CancellationToken ct) => s.GetMembersAsync(id, ct));
        c.MapPost("/{id:guid}/members", (ICommissionAppService s, Guid id, SaveMemberInput input, CancellationToken ct) => s.AddMemberAsync(id, input, ct));
        c.MapPost("/{id:guid}/members/{memberId:guid}/end", (ICommissionAppService s, Guid id, Guid memberId, EndMemberRequest r, CancellationToken ct) =>
            s.EndMembershipAsync(id, memberId, r.EndedOn, r.Version, ct));
        c.MapGet("/{id:guid}/elections", (ICommissionAppService s, Guid id, CancellationToken ct) => s.GetElectionsAsync(id, ct));
        c.MapPost("/{id:guid}/elections", (ICommissionAppService s, Guid id, ElectionInput input, CancellationToken ct) => s.ElectAsync(id, input, ct));
        c.MapGet("/{id:guid}/plans", (IPlanAppService s, Guid id, CancellationToken ct) => s.GetPlansAsync(id, ct));
        c.MapPost("/{id:guid}/plans", (IPlanAppService s, Guid id, CreatePlanRequest r, CancellationToken ct) => s.CreatePlanAsync(id, r.AcademicYear, ct));
        c.MapGet("/{id:guid}/monitoring-events", (IPlanAppService s, Guid id, CancellationToken ct) => s.GetEventsAsync(id, ct));
        c.MapPost("/{id:guid}/monitoring-events", (IPlanAppService s, Guid id, SaveMonitoringEventInput input, CancellationToken ct) => s.AddEventAsync(id, input, ct));
        c.MapGet("/{id:guid}/meetings", (IMeetingAppService s, Guid id, CancellationToken ct) => s.GetListAsync(id, ct));
        c.MapPost("/{id:guid}/meetings", (IMeetingAppService s, Guid id, SaveMeetingInput input, CancellationToken ct) => s.CreateAsync(id, input, ct));
        c.MapGet("/{id:guid}/register", (IDecisionRegisterAppService s, Guid id, bool? overdueOnly, CancellationToken ct) => s.GetRegisterAsync(id, overdueOnly ?? false, ct));
        c.MapGet("/{id:guid}/status-requests", (IDecisionRegisterAppService s, Guid id, CancellationToken ct) => s.GetRequestsAsync(id, ct));
        c.MapGet("/{id:guid}/dashboard", (IDecisionRegisterAppService s, Guid id, CancellationToken ct) => s.GetDashboardAsync(id, ct));

        api.MapGet("/schools/{schoolId:guid}/programme-committee", (ICommissionAppService s, Guid schoolId, CancellationToken ct) => s.GetProgrammeCommitteeAsync(schoolId, ct));
        api.MapPost("/schools/{schoolId:guid}/programme-committee", (ICommissionAppService s, Guid schoolId, UserRequest r, CancellationToken ct) =>
            s.AddProgrammeCommitteeMemberAsync(schoolId, r.UserId, ct));
        api.MapDelete("/programme-committee/{id:guid}", async (ICommissionAppService s, Guid id, CancellationToken ct) =>
        {
            await s.RemoveProgrammeCommitteeMemberAsync(id, ct);
            return Results.NoContent();
        });

        var p = api.MapGroup("/plans");
        p.MapPost("/{id:guid}/items", (IPlanAppService s, Guid id, SaveWorkPlanItemInput input, CancellationToken ct) => s.AddItemAsync(id, input, ct));
        p.MapPost("/{id:guid}/status", (IPlanAppService s, Guid id, PlanStatusRequest r, CancellationToken ct) => s.SetStatusAsync(id, r.Status, r.ApprovedOn, r.Version, ct));
        p.MapPost("/{id:guid}/submit", (IPlanAppService s, Guid id, VersionRequest r, CancellationToken ct) => s.SubmitForApprovalAsync(id, r.Version, ct));
        api.MapDelete("/monitoring-events/{id:guid}", async (IPlanAppService s, Guid id, int version, CancellationToken ct) =>
        {
            await s.RemoveEventAsync(id, version, ct);
            return Results.NoContent();
        });

        var m = api.MapGroup("/meetings");
        m.MapGet("/{id:guid}", (IMeetingAppService s, Guid id, CancellationToken ct) => s.GetAsync(id, ct));
        m.MapPost("/{id:guid}/agenda", (IMeetingAppService s, Guid id, AgendaRequest r, CancellationToken ct) => s.AddAgendaItemAsync(id, r.Title, r.Speaker, r.Version, ct));
        m.MapPost("/{id:guid}/materials", async (IMeetingAppService s, Guid id, HttpRequest request, CancellationToken ct) =>
        {
            var (file, version, stream) = await request.ReadUploadAsync(ct);
            Guid? agendaItemId = Guid.TryParse(request.HasFormContentType ? request.Form["agendaItemId"].ToString() : null, out var ai) ? ai : null;
            await using (stream) return await s.UploadMaterialAsync(id, agendaItemId, new UploadFileInput { FileName = file, Content = stream, Version = version }, ct);
        });
        api.MapGet("/materials/{id:guid}", async (IMeetingAppService s, Guid id, CancellationToken ct) => (await s.DownloadMaterialAsync(id, ct)).ToResult());
        m.MapPost("/{id:guid}/reschedule", (IMeetingAppService s, Guid id, RescheduleMeetingInput input, CancellationToken ct) => s.RescheduleAsync(id, input, ct));
        m.MapPost("/{id:guid}/materials-sent", (IMeetingAppService s, Guid id, VersionRequest r, CancellationToken ct) => s.MarkMaterialsSentAsync(id, r.Version, ct));
        m.MapPut("/{id:guid}/attendance", (IMeetingAppService s, Guid id, AttendanceInput input, CancellationToken ct) => s.SetAttendanceAsync(id, input, ct));
        m.MapPost("/{id:guid}/experts", (IMeetingAppService s, Guid id, ExpertRequest r, CancellationToken ct) => s.AddExpertAsync(id, r.FullName, r.Organisation, r.Version, ct));
        m.MapPost("/{id:guid}/acting-chair", (IMeetingAppService s, Guid id, ActingChairInput input, CancellationToken ct) => s.AppointActingChairAsync(id, input, ct));
        m.MapPost("/{id:guid}/acting-secretary", (IMeetingAppService s, Guid id, ActingSecretaryInput input, CancellationToken ct) =>
            s.AppointActingSecretaryAsync(id, input, ct));
        m.MapPut("/{id:guid}/discussion", (IMeetingAppService s, Guid id, DiscussionRequest r, CancellationToken ct) => s.SetDiscussionAsync(id, r.Discussion, r.Version, ct));
        m.MapPost("/{id:guid}/decisions", (IMeetingAppService s, Guid id, AddDecisionInput input, CancellationToken ct) => s.AddDecisionAsync(id, input, ct));
        m.MapPost("/{id:guid}/close", (IMeetingAppService s, Guid id, VersionRequest r, CancellationToken ct) => s.CloseAsync(id, r.Version, ct));
        m.MapPost("/{id:guid}/sign", (IMeetingAppService s, Guid id, VersionRequest r, CancellationToken ct) => s.SignAsync(id, r.Version, ct));
        m.MapPost("/{id:guid}/send", (IMeetingAppService s, Guid id, VersionRequest r, CancellationToken ct) => s.SendMinutesAsync(id, r.Version, ct));
        m.MapPost("/{id:guid}/scan", async (IMeetingAppService s, Guid id, HttpRequest request, CancellationToken ct) =>
        {
            var (file, version, stream) = await request.ReadUploadAsync(ct);
            await using (stream) return await s.UploadSignedScanAsync(id, new UploadFileInput { FileName = file, Content = stream, Version = version }, ct);
        });
        m.MapGet("/{id:guid}/scan", async (IMeetingAppService s, Guid id, CancellationToken ct) => (await s.DownloadSignedScanAsync(id, ct)).ToResult());
        m.MapGet("/{id:guid}/minutes", async (IMeetingAppService s, Guid id, MinutesLanguage? language, CancellationToken ct) =>
            (await s.GetMinutesAsync(id, language ?? MinutesLanguage.Kk, ct)).ToResult());

        var d = api.MapGroup("/decisions");
        d.MapPut("/{id:guid}/votes", (IMeetingAppService s, Guid id, VotesInput input, CancellationToken ct) => s.RecordVotesAsync(id, input, ct));
        d.MapPut("/{id:guid}/register", (IDecisionRegisterAppService s, Guid id, UpdateRegisterEntryInput input, CancellationToken ct) => s.UpdateAsync(id, input, ct));
        d.MapGet("/{id:guid}/evidence", (IDecisionRegisterAppService s, Guid id, CancellationToken ct) => s.GetEvidenceAsync(id, ct));
        d.MapPost("/{id:guid}/evidence", (IDecisionRegisterAppService s, Guid id, NoteRequest r, CancellationToken ct) => s.AddEvidenceAsync(id, r.Note, null, ct));
        api.MapGet("/evidence/{id:guid}", async (IDecisionRegisterAppService s, Guid id, CancellationToken ct) => (await s.DownloadEvidenceAsync(id, ct)).ToResult());
        d.MapGet("/{id:guid}/violations", (IDecisionRegisterAppService s, Guid id, CancellationToken ct) => s.GetViolationsAsync(id, ct));
        d.MapPost("/{id:guid}/violations", (IDecisionRegisterAppService s, Guid id, ViolationRequest r, CancellationToken ct) => s.RecordViolationAsync(id, r.Kind, r.Note, ct));
        api.MapPost("/violations/{id:guid}/inquiry", (IDecisionRegisterAppService s, Guid id, InquiryRequest r, CancellationToken ct) =>
            s.RecordInquiryAsync(id, r.OrderNumber, r.OrderDate, r.Version, ct));

        api.MapPost("/status-requests/generate", (IDecisionRegisterAppService s, QuarterRequest r, CancellationToken ct) => s.GenerateQuarterlyRequestsAsync(r.QuarterEnd, ct));
        api.MapPost("/register/scan-overdue", (IDecisionRegisterAppService s, CancellationToken ct) => s.ScanOverdueAsync(ct));
        api.MapGet("/status-requests/mine", (IDecisionRegisterAppService s, CancellationToken ct) => s.GetMyRequestsAsync(ct));
        api.MapPost("/status-requests/{id:guid}/respond", (IDecisionRegisterAppService s, Guid id, RespondRequest r, CancellationToken ct) => s.RespondAsync(id, r.Response, r.Version, ct));
        api.MapGet("/notices/mine", (IDecisionRegisterAppService s, CancellationToken ct) => s.GetMyNoticesAsync(ct));
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
