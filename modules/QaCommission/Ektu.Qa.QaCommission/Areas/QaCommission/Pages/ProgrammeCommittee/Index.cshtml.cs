using Ektu.Qa.Identity;
using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Kernel.Export;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QaCommission.Commissions;
using Ektu.Qa.QaCommission.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.QaCommission.Areas.QaCommission.Pages.ProgrammeCommittee;

/// <summary>
/// The school's programmes committee (БББК) list: a student on it may not be a member of the commission (004 §4), so
/// the commission page refuses such a student with the module's message.
/// </summary>
[Authorize(QaCommissionPermissions.Commissions.Default)]
internal sealed class IndexModel(ICommissionAppService commissions, IIdentityIntegrationService identity, IOrganizationScope scopes,
    ICurrentUser user) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid? School { get; set; }
    [BindProperty] public Guid UserId { get; set; }

    public IReadOnlyList<OrganizationUnitDto> Schools { get; private set; } = [];
    public IReadOnlyList<ProgrammeCommitteeMemberDto> Members { get; private set; } = [];
    public IReadOnlyList<UserSummary> Candidates { get; private set; } = [];
    public bool CanManage { get; private set; }

    protected override string FieldPrefix => "";

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () => { await LoadAsync(ct); return Page(); });

    public Task<IActionResult> OnPostAddAsync(CancellationToken ct) =>
        RunAsync(() => commissions.AddProgrammeCommitteeMemberAsync(School ?? Guid.Empty, UserId, ct));

    public Task<IActionResult> OnPostRemoveAsync(Guid memberId, CancellationToken ct) =>
        RunAsync(() => commissions.RemoveProgrammeCommitteeMemberAsync(memberId, ct));

    public Task<IActionResult> OnGetExportAsync(CancellationToken ct) => TryAsync(async () =>
    {
        await LoadAsync(ct);
        return new ExcelFileResult<ProgrammeCommitteeMemberDto>("programme-committee", L["QaCommission:ProgrammeCommittee.Title"],
            new ExcelColumn<ProgrammeCommitteeMemberDto>[] { new(L["QaCommission:Member"], m => m.FullName) }, Members);
    });

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted);

    private Task<IActionResult> RunAsync(Func<Task> action) =>
        RunAndRedirectAsync(action, () => RedirectToPage("/ProgrammeCommittee/Index", new { school = School }));

    private async Task LoadAsync(CancellationToken ct)
    {
        var scope = await scopes.GetAsync(ct);
        Schools = (await identity.GetUnitsAsync(ct)).Where(u => u.Kind == OrganizationUnitKind.School && scope.Contains(u.Id))
            .OrderBy(u => u.Name, StringComparer.CurrentCulture).ToList();
        School ??= Schools.FirstOrDefault()?.Id;
        if (School is not { } school) return;
        Members = await commissions.GetProgrammeCommitteeAsync(school, ct);
        CanManage = await user.HasPermissionAsync(QaCommissionPermissions.Commissions.Manage);
        if (CanManage) Candidates = (await identity.GetMembersAsync(school, ct)).Where(u => Members.All(m => m.UserId != u.Id)).ToList();
    }
}
