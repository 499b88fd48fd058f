using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QaCommission.Commissions;
using Ektu.Qa.QaCommission.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.QaCommission.Areas.QaCommission.Pages.Commissions;

/// <summary>
/// Elections (004 §4): the chair by the School Council, the deputy and the secretary by the members for 3 years. The
/// counts are typed; whether the member is elected is computed by the module's rule and only shown.
/// </summary>
[Authorize(QaCommissionPermissions.Commissions.Default)]
internal sealed class ElectionsModel(ICommissionAppService commissions, ICurrentUser user) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public ElectionInput Input { get; set; } = new();

    public CommissionDto? Commission { get; private set; }
    public IReadOnlyList<MemberDto> Members { get; private set; } = [];
    public IReadOnlyList<ElectionDto> Elections { get; private set; } = [];
    public bool CanManage { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () => { await LoadAsync(ct); return Page(); });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        RunAndRedirectAsync(() => commissions.ElectAsync(Id, Input, ct), () => RedirectToPage("/Commissions/Elections", new { id = Id }));

    public string MemberName(Guid memberId) => Members.FirstOrDefault(m => m.Id == memberId)?.FullName ?? "—";

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        Commission = await commissions.GetAsync(Id, ct);
        Members = await commissions.GetMembersAsync(Id, ct);
        Elections = (await commissions.GetElectionsAsync(Id, ct)).OrderByDescending(e => e.HeldOn).ToList();
        CanManage = Commission.State == CommissionState.Active && await user.HasPermissionAsync(QaCommissionPermissions.Members.Manage);
    }
}
