using Ektu.Qa.Identity.Permissions;
using Ektu.Qa.Identity.Users;
using Ektu.Qa.Kernel.Paging;
using Ektu.Qa.Kernel.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ektu.Qa.Identity.Areas.Identity.Pages.Users;

[Authorize(IdentityPermissions.Users.Default)]
internal sealed class IndexModel(IUserAppService users, ICurrentUser user) : PageModel
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
}
