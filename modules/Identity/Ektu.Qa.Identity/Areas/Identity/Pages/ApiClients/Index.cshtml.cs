using Ektu.Qa.Identity.ApiClients;
using Ektu.Qa.Identity.Permissions;
using Ektu.Qa.Identity.Users;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.Identity.Areas.Identity.Pages.ApiClients;

[Authorize(IdentityPermissions.ApiClients.Manage)]
internal sealed class IndexModel(IApiClientAppService clients, IUserAppService users) : QaPageModel
{
    public IReadOnlyList<ApiClientDto> Clients { get; private set; } = [];
    public IReadOnlyList<UserDto> Users { get; private set; } = [];
    public string? CreatedSecret { get; private set; }

    protected override string FieldPrefix => "";

    public Task<IActionResult> OnGetAsync() => TryAsync(async () => { await ReloadAsync(); return Page(); });

    public Task<IActionResult> OnPostAsync(string clientId, string name, Guid userId, CancellationToken ct) => TryAsync(async () =>
    {
        CreatedSecret = (await clients.CreateAsync(clientId, name, userId, ct)).Secret;
        await ReloadAsync();
        return Page();
    });

    public Task<IActionResult> OnPostToggleAsync(Guid id, int version, bool active, CancellationToken ct) => TryAsync(async () =>
    {
        await clients.SetActiveAsync(id, active, version, ct);
        return RedirectToPage();
    });

    public async Task<IActionResult> OnGetExportAsync() =>
        new ExcelFileResult<ApiClientDto>("api-clients", L["Menu:Identity.ApiClients"],
        [
            new(L["Identity:ClientId"], c => c.ClientId),
            new(L["Identity:ClientName"], c => c.Name),
            new(L["Identity:ServiceUser"], c => c.UserName),
            new(L["Identity:Status"], c => c.IsActive ? L["Identity:Active"].Value : L["Identity:Inactive"].Value),
        ], await clients.GetListAsync());

    protected override async Task ReloadAsync()
    {
        Clients = await clients.GetListAsync();
        Users = (await users.GetListAsync(new UserListInput { PageSize = 500 })).Items;
    }
}
