using Ektu.Qa.Identity.Permissions;
using Ektu.Qa.Identity.Users;
using Ektu.Qa.Kernel.Export;
using Ektu.Qa.Kernel.Paging;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.Identity.Areas.Identity.Pages.Users;

[Authorize(IdentityPermissions.Users.Default)]
internal sealed class IndexModel(IUserAppService users, ICurrentUser user) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public string? Search { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public PagedResult<UserDto> Result { get; private set; } = new([], 0, 1, 50);
    public bool CanManage { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Result = await users.GetListAsync(new UserListInput { Search = Search, Page = PageNumber }, ct);
        CanManage = await user.HasPermissionAsync(IdentityPermissions.Users.Manage);
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var rows = await PagedExport.AllAsync((page, size) =>
            users.GetListAsync(new UserListInput { Search = Search, Page = page, PageSize = size }, ct));
        return new ExcelFileResult<UserDto>("users", L["Menu:Identity.Users"],
        [
            new(L["Identity:UserName"], u => u.UserName),
            new(L["Identity:FullName"], u => u.FullName),
            new(L["Identity:Position"], u => u.Position),
            new(L["Identity:Email"], u => u.Email),
            new(L["Identity:Status"], u => string.Join(", ", new[]
            {
                u.IsActive ? L["Identity:Active"].Value : L["Identity:Inactive"].Value,
                u.IsLockedOut ? L["Identity:LockedOutBadge"].Value : null,
            }.Where(s => s != null))),
            new(L["Identity:LastLogin"], u => Clock.Local(u.LastLoginAt)),
        ], rows);
    }
}
