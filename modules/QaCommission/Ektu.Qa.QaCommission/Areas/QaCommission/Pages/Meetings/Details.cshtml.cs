using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QaCommission.Commissions;
using Ektu.Qa.QaCommission.Meetings;
using Ektu.Qa.QaCommission.Permissions;
using Ektu.Qa.QaCommission.Register;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.QaCommission.Areas.QaCommission.Pages.Meetings;

/// <summary>A whole meeting on one page: agenda, materials sent, attendance and quorum, decisions and votes, minutes and signatures.</summary>
[Authorize(QaCommissionPermissions.Meetings.Default)]
internal sealed class DetailsModel(IMeetingAppService meetings, ICommissionAppService commissions, IDecisionRegisterAppService register,
    ICurrentUser user) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public int Version { get; set; }
    [BindProperty] public Dictionary<Guid, AttendanceStatus> Statuses { get; set; } = [];
    [BindProperty] public Dictionary<Guid, VoteChoice> Votes { get; set; } = [];
    // One field per thing a form names, so a handler never reads another form's meaning into a shared name.
    [BindProperty] public string? AgendaTitle { get; set; }
    [BindProperty] public string? Speaker { get; set; }
    [BindProperty] public string? ExpertName { get; set; }
    [BindProperty] public string? ExpertOrganisation { get; set; }
    [BindProperty] public string? DecisionText { get; set; }
    [BindProperty] public string? EvidenceNote { get; set; }
    [BindProperty] public ActingChairInput ActingChair { get; set; } = new();
    [BindProperty] public RescheduleMeetingInput Reschedule { get; set; } = new();
    [BindProperty] public Guid? ExecutorUserId { get; set; }
    [BindProperty] public DateOnly? Deadline { get; set; }
    [BindProperty] public string? ReportForm { get; set; }
    [BindProperty] public Guid ActingSecretaryMemberId { get; set; }
    [BindProperty] public Guid? AgendaItemId { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }

    public MeetingDetailsDto? Details { get; private set; }
    public bool CanRun { get; private set; }
    public bool CanVote { get; private set; }
    public bool CanSeeRegister { get; private set; }
    public IReadOnlyList<MemberDto> Members { get; private set; } = [];

    /// <summary>Evidence of execution per adopted decision (shown when the caller may see the register).</summary>
    public Dictionary<Guid, IReadOnlyList<ExecutionEvidenceDto>> Evidence { get; } = [];

    public string MemberName(Guid? memberId) => Members.FirstOrDefault(x => x.Id == memberId)?.FullName ?? "—";

    protected override string FieldPrefix => "";

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () => { await LoadAsync(ct); return Page(); });

    public Task<IActionResult> OnGetMinutesAsync(MinutesLanguage language, CancellationToken ct) => TryAsync(async () =>
    {
        var f = await meetings.GetMinutesAsync(Id, language, ct);
        return File(f.Content, f.ContentType, f.FileName);
    });

    public Task<IActionResult> OnPostRescheduleAsync(CancellationToken ct) => RunAsync(() => meetings.RescheduleAsync(Id, Reschedule, ct));

    public Task<IActionResult> OnPostMaterialsSentAsync(CancellationToken ct) => RunAsync(() => meetings.MarkMaterialsSentAsync(Id, Version, ct));

    public Task<IActionResult> OnPostAgendaAsync(CancellationToken ct) =>
        RunAsync(() => meetings.AddAgendaItemAsync(Id, AgendaTitle ?? "", Speaker, Version, ct));

    public Task<IActionResult> OnPostAttendanceAsync(CancellationToken ct) =>
        RunAsync(() => meetings.SetAttendanceAsync(Id, new AttendanceInput { Statuses = Statuses, Version = Version }, ct));

    public Task<IActionResult> OnPostExpertAsync(CancellationToken ct) =>
        RunAsync(() => meetings.AddExpertAsync(Id, ExpertName ?? "", ExpertOrganisation, Version, ct));

    public Task<IActionResult> OnPostDecisionAsync(CancellationToken ct) => RunAsync(() => meetings.AddDecisionAsync(Id, new AddDecisionInput
    {
        Text = DecisionText ?? "", ExecutorUserId = ExecutorUserId, Deadline = Deadline, ReportForm = ReportForm, Version = Version,
    }, ct));

    public Task<IActionResult> OnPostVotesAsync(Guid decisionId, CancellationToken ct) =>
        RunAsync(() => meetings.RecordVotesAsync(decisionId, new VotesInput { Votes = Votes, Version = Version }, ct));

    /// <summary>Chair and deputy both absent: the member appointed by the dean's order presides (004 §7.2).</summary>
    public Task<IActionResult> OnPostActingChairAsync(CancellationToken ct) => RunAsync(() => meetings.AppointActingChairAsync(Id, ActingChair, ct));

    /// <summary>The secretary presides or is absent: a present member keeps and signs the minutes (004 §7.3.3).</summary>
    public Task<IActionResult> OnPostActingSecretaryAsync(CancellationToken ct) => RunAsync(() =>
        meetings.AppointActingSecretaryAsync(Id, new ActingSecretaryInput { MemberId = ActingSecretaryMemberId, Version = Version }, ct));

    public Task<IActionResult> OnPostMaterialAsync(CancellationToken ct) =>
        RunAsync(() => WithUploadAsync(f => meetings.UploadMaterialAsync(Id, AgendaItemId, f, ct)));

    public Task<IActionResult> OnGetMaterialAsync(Guid materialId, CancellationToken ct) => TryAsync(async () =>
    {
        var f = await meetings.DownloadMaterialAsync(materialId, ct);
        return File(f.Content, f.ContentType, f.FileName);
    });

    public Task<IActionResult> OnGetScanAsync(CancellationToken ct) => TryAsync(async () =>
    {
        var f = await meetings.DownloadSignedScanAsync(Id, ct);
        return File(f.Content, f.ContentType, f.FileName);
    });

    public Task<IActionResult> OnPostScanAsync(CancellationToken ct) =>
        RunAsync(() => WithUploadAsync(f => meetings.UploadSignedScanAsync(Id, f, ct)));

    /// <summary>Evidence of execution on an adopted decision: a note, a file or both (the register page is the register's own).</summary>
    public Task<IActionResult> OnPostEvidenceAsync(Guid decisionId, CancellationToken ct) => RunAsync(async () =>
    {
        if (Upload == null)
        {
            await register.AddEvidenceAsync(decisionId, EvidenceNote, null, ct);
            return;
        }
        await WithUploadAsync(f => register.AddEvidenceAsync(decisionId, EvidenceNote, f, ct));
    });

    public Task<IActionResult> OnPostCloseAsync(CancellationToken ct) => RunAsync(() => meetings.CloseAsync(Id, Version, ct));

    public Task<IActionResult> OnPostSignAsync(CancellationToken ct) => RunAsync(() => meetings.SignAsync(Id, Version, ct));

    public Task<IActionResult> OnPostSendAsync(CancellationToken ct) => RunAsync(() => meetings.SendMinutesAsync(Id, Version, ct));

    private async Task WithUploadAsync<T>(Func<UploadFileInput, Task<T>> upload)
    {
        await using var content = Upload?.OpenReadStream();
        await upload(new UploadFileInput { FileName = Upload?.FileName ?? "", Content = content, Version = Version });
    }

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted);

    private Task<IActionResult> RunAsync(Func<Task> action) =>
        RunAndRedirectAsync(action, () => RedirectToPage("/Meetings/Details", new { id = Id }));

    private async Task LoadAsync(CancellationToken ct)
    {
        Details = await meetings.GetAsync(Id, ct);
        Members = await commissions.GetMembersAsync(Details.Meeting.CommissionId, ct);
        var officer = Members.Any(m => m.UserId == user.Id && m.IsActive && m.Role != MemberRole.Member);
        CanRun = officer || await user.HasPermissionAsync(QaCommissionPermissions.Meetings.Manage);
        CanVote = officer || await user.HasPermissionAsync(QaCommissionPermissions.Votes.Record);
        CanSeeRegister = await user.HasPermissionAsync(QaCommissionPermissions.Decisions.Default);
        if (CanSeeRegister)
            foreach (var d in Details.Decisions.Where(x => x.Outcome == DecisionOutcome.Adopted)) Evidence[d.Id] =
                await register.GetEvidenceAsync(d.Id, ct);
    }
}
