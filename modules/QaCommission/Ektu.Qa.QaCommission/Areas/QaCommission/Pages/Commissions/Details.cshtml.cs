using Ektu.Qa.Identity;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QaCommission.Commissions;
using Ektu.Qa.QaCommission.Meetings;
using Ektu.Qa.QaCommission.Permissions;
using Ektu.Qa.QaCommission.Register;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.QaCommission.Areas.QaCommission.Pages.Commissions;

/// <summary>A commission: dashboard, members with terms and criteria, meetings.</summary>
[Authorize(QaCommissionPermissions.Commissions.Default)]
internal sealed class DetailsModel(ICommissionAppService commissions, IMeetingAppService meetings, IDecisionRegisterAppService register,
    IIdentityIntegrationService identity, ICurrentUser user, IOrganizationScope scopes) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public SaveMemberInput Member { get; set; } = new();
    [BindProperty] public SaveMeetingInput Meeting { get; set; } = new();
    [BindProperty] public DissolveCommissionInput Dissolution { get; set; } = new();
    [BindProperty] public IFormFile? OrderFile { get; set; }
    [BindProperty] public int Version { get; set; }

    public CommissionDto? Commission { get; private set; }
    public CommissionDashboardDto? Dashboard { get; private set; }
    public IReadOnlyList<MemberDto> Members { get; private set; } = [];
    public IReadOnlyList<MeetingDto> Meetings { get; private set; } = [];
    public IReadOnlyList<UserSummary> Candidates { get; private set; } = [];
    public bool CanManageMembers { get; private set; }
    public bool CanRun { get; private set; }
    public bool CanManage { get; private set; }

    /// <summary>The school's programme committee (БББК) is read within the user's scope: no link to a page that answers 404.</summary>
    public bool CanSeeProgrammeCommittee { get; private set; }

    protected override string FieldPrefix => "";

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () => { await LoadAsync(ct); return Page(); });

    public Task<IActionResult> OnPostAddMemberAsync(CancellationToken ct) => RunAsync(() => commissions.AddMemberAsync(Id, Member, ct), ct);

    public Task<IActionResult> OnPostAddMeetingAsync(CancellationToken ct) => RunAsync(() => meetings.CreateAsync(Id, Meeting, ct), ct);

    public Task<IActionResult> OnPostDissolveAsync(CancellationToken ct) => RunAsync(() => commissions.DissolveAsync(Id, Dissolution, ct), ct);

    /// <summary>The scanned dean's order (creation, or dissolution once dissolved); checked by content, not by name.</summary>
    public Task<IActionResult> OnPostOrderAsync(CancellationToken ct) => RunAsync(async () =>
    {
        await using var content = OrderFile?.OpenReadStream();
        await commissions.UploadOrderAsync(Id,
            new UploadFileInput { FileName = OrderFile?.FileName ?? "", Content = content, Version = Version }, ct);
    }, ct);

    public Task<IActionResult> OnGetOrderAsync(CancellationToken ct) => TryAsync(async () =>
    {
        var f = await commissions.DownloadOrderAsync(Id, ct);
        return File(f.Content, f.ContentType, f.FileName);
    });

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted);

    private Task<IActionResult> RunAsync(Func<Task> action, CancellationToken ct) =>
        RunAndRedirectAsync(action, () => RedirectToPage("/Commissions/Details", new { id = Id }));

    private async Task LoadAsync(CancellationToken ct)
    {
        Commission = await commissions.GetAsync(Id, ct);
        Dashboard = await register.GetDashboardAsync(Id, ct);
        Members = await commissions.GetMembersAsync(Id, ct);
        Meetings = await meetings.GetListAsync(Id, ct);
        CanManage = await user.HasPermissionAsync(QaCommissionPermissions.Commissions.Manage);
        CanSeeProgrammeCommittee = (await scopes.GetAsync(ct)).Contains(Commission.SchoolUnitId);
        CanManageMembers = Commission.State == CommissionState.Active && await user.HasPermissionAsync(QaCommissionPermissions.Members.Manage);
        CanRun = Commission.State == CommissionState.Active
            && (await user.HasPermissionAsync(QaCommissionPermissions.Meetings.Manage)
                || Members.Any(m => m.UserId == user.Id && m.IsActive && m.Role != MemberRole.Member));
        if (CanManageMembers)
        {
            // A person already serving is not offered again; a former member (term over, removed) may be appointed anew.
            var serving = Members.Where(m => m.IsActive).Select(m => m.UserId).ToHashSet();
            Candidates = (await identity.GetMembersAsync(Commission.SchoolUnitId, ct)).Where(u => !serving.Contains(u.Id)).ToList();
        }
    }
}
